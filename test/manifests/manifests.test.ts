import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildTeamsPackage, teamsManifest } from "../../scripts/teams-package";
import { COMMANDS } from "../../src/domain/commands";
import { SLASH_COMMAND } from "../../src/platforms/slack/slash-command";

const http = JSON.parse(readFileSync("manifests/slack.json", "utf8"));
const socket = JSON.parse(readFileSync("manifests/slack-socket-mode.json", "utf8"));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}
const slackSources = sources("src/platforms/slack")
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

// The bot scopes each Slack Web API method needs; a method used in code but missing here fails the test.
const SCOPES_BY_METHOD: Record<string, string[]> = {
  "auth.test": [],
  // chat:write.public: the call for applications goes to public channels the bot has not joined.
  "chat.postMessage": ["chat:write", "chat:write.public"],
  "chat.postEphemeral": ["chat:write"],
  "chat.update": ["chat:write"],
  // im: a DM with one person; mpim: a pair's group DM (their introduction).
  "conversations.open": ["im:write", "mpim:write"],
  "conversations.history": ["im:history", "mpim:history"],
  "users.info": ["users:read"],
  // The coordinator's proposal as a CSV file in their DM.
  "files.uploadV2": ["files:write"],
  "views.open": [],
  "views.publish": [],
  "views.update": [],
  "views.push": [],
};

describe("Slack app manifest", () => {
  it("declares the slash command the app listens to, with mentions escaped", () => {
    expect(http.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
    expect(http.features.slash_commands[0].should_escape).toBe(true);
  });

  it("subscribes to exactly the events the app handles", () => {
    const handled = [...slackSources.matchAll(/app\.event\("([a-z_]+)"/g)].map((m) => m[1]).sort();
    expect([...http.settings.event_subscriptions.bot_events].sort()).toEqual(handled);
  });

  it("asks for the least privilege: exactly the scopes of the Web API methods the code calls", () => {
    const used = new Set([...slackSources.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    const unknown = [...used].filter((method) => !(method in SCOPES_BY_METHOD));
    expect(unknown).toEqual([]);
    const needed = new Set(["commands", ...[...used].flatMap((method) => SCOPES_BY_METHOD[method]!)]);
    expect([...http.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("points commands, events and interactivity at /slack/events", () => {
    for (const url of [
      http.features.slash_commands[0].url,
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
    ]) {
      expect(new URL(url).pathname).toBe("/slack/events");
    }
  });

  it("has a Socket Mode twin that differs only by the flag and the missing URLs", () => {
    const strip = (manifest: any) => {
      const copy = structuredClone(manifest);
      delete copy.features.slash_commands[0].url;
      delete copy.settings.event_subscriptions.request_url;
      delete copy.settings.interactivity.request_url;
      delete copy.settings.socket_mode_enabled;
      return copy;
    };
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(strip(socket)).toEqual(strip(http));
  });
});

describe("Teams app manifest and package", () => {
  const appId = "11111111-2222-3333-4444-555555555555";

  it("lists commands Tandem answers, within Teams' limits (10 a list, title ≤ 32, description ≤ 128)", () => {
    const manifest = teamsManifest({ appId });
    const lists = (manifest.bots as any[])[0].commandLists as {
      scopes: string[];
      commands: { title: string; description: string }[];
    }[];
    expect(lists.length).toBeLessThanOrEqual(3);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(COMMANDS.map((c) => c.name)).toContain(command.title);
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
    expect(lists.map((l) => l.scopes)).toEqual([["personal"], ["team", "groupChat"]]);
    expect(lists[0]!.commands.map((c) => c.title)).toEqual([
      "help",
      "apply",
      "status",
      "session",
      "actions",
      "goals",
      "pause",
      "support",
      "settings",
      "cohort",
    ]);
    expect(lists[1]!.commands.map((c) => c.title)).toEqual(["announce", "help"]);
  });

  it("lets the bot send files in personal chat (the file consent flow needs supportsFiles)", () => {
    expect((teamsManifest({ appId }).bots as any[])[0].supportsFiles).toBe(true);
  });

  it("fills in the bot id and the public host", () => {
    const manifest = teamsManifest({ appId, publicUrl: "https://tandem.example.org" });
    expect(manifest.id).toBe(appId);
    expect((manifest.bots as any[])[0].botId).toBe(appId);
    expect(manifest.validDomains).toEqual(["tandem.example.org"]);
    expect((manifest.bots as any[])[0].scopes).toEqual(["personal", "team", "groupChat"]);
  });

  it("refuses an app id that is not a GUID", () => {
    expect(() => teamsManifest({ appId: "my-bot" })).toThrow(/must be the bot's Microsoft App ID, a GUID/);
  });

  it("builds a zip with the manifest and icons of the sizes Teams requires", async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage({ appId }));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const size = async (name: string) => {
      const png = await zip.file(name)!.async("nodebuffer");
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(await size("color.png")).toEqual([192, 192]);
    expect(await size("outline.png")).toEqual([32, 32]);
    expect(JSON.parse(await zip.file("manifest.json")!.async("string")).id).toBe(appId);
  });
});
