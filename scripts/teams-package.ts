import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { loadDotEnv } from "../src/config/env";

const MANIFEST_DIR = resolve("manifests/teams");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageOptions {
  appId: string;
  /** TANDEM_PUBLIC_URL: its host goes in validDomains. */
  publicUrl?: string;
}

/** The manifest with this deployment's bot id and domain filled in. */
export function teamsManifest(options: TeamsPackageOptions): Record<string, unknown> {
  if (!GUID.test(options.appId)) {
    throw new Error(
      `MICROSOFT_APP_ID must be the bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000 (got "${options.appId}")`,
    );
  }
  const template = readFileSync(join(MANIFEST_DIR, "manifest.json"), "utf8");
  const manifest = JSON.parse(template.replaceAll("{{MICROSOFT_APP_ID}}", options.appId)) as Record<string, unknown>;
  manifest.validDomains = options.publicUrl ? [new URL(options.publicUrl).host] : [];
  return manifest;
}

/** The zip Teams admins upload: manifest.json and the two icons at its root. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(teamsManifest(options), null, 2));
  zip.file("color.png", readFileSync(join(MANIFEST_DIR, "color.png")));
  zip.file("outline.png", readFileSync(join(MANIFEST_DIR, "outline.png")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  loadDotEnv();
  const appId = process.env.MICROSOFT_APP_ID?.trim();
  if (!appId) {
    process.stderr.write(
      "Set MICROSOFT_APP_ID (your Azure Bot's Microsoft App ID) in .env or the environment, then run npm run teams:package again.\n",
    );
    process.exit(1);
  }
  const out = resolve(process.argv[2] ?? "build/tandem-teams.zip");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await buildTeamsPackage({ appId, publicUrl: process.env.TANDEM_PUBLIC_URL?.trim() || undefined }));
  process.stdout.write(
    `Teams app package written to ${out}\nUpload it in Teams (Apps → Manage your apps → Upload an app) or in the Teams admin center.\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
