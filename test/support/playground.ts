import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian puts Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumPresent = existsSync(CHROMIUM_PATH);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Microsoft 365 Agents Playground (the npm package, run from node_modules) talking to Tandem's
 * /api/messages, and headless Chromium showing it. The browser reaches only this machine: every
 * other request (Microsoft's CDN fonts, telemetry) is refused, so the test makes no network call.
 */
export class Playground {
  private server: ChildProcess | undefined;
  private browser: Browser | undefined;
  page!: Page;
  url = "";
  readonly blocked = new Set<string>();

  async start(appEndpoint: string): Promise<this> {
    const port = await freePort();
    this.server = spawn(
      process.execPath,
      [
        "node_modules/@microsoft/m365agentsplayground/cli.js",
        "-e",
        appEndpoint,
        "-c",
        "msteams",
        "-p",
        String(port),
        "--dt",
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, BROWSER: "none" },
      },
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Agents Playground did not start within 30 s")), 30_000);
      this.server!.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes(`Listening on ${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      this.server!.once("exit", (code) => reject(new Error(`Agents Playground exited with ${code}`)));
    });
    this.url = `http://127.0.0.1:${port}/`;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    this.page = await this.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await this.page.route("**/*", async (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "127.0.0.1" || host === "localhost") return route.continue();
      this.blocked.add(host);
      return route.abort();
    });
    await this.page.goto(this.url, { waitUntil: "domcontentloaded" });
    await this.composer().waitFor({ timeout: 30_000 });
    return this;
  }

  /** Types a message into the chat and sends it, as a person would. */
  async say(text: string): Promise<void> {
    const box = this.composer();
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** The message box: a rich-text editor (contenteditable), as in Teams. */
  private composer() {
    return this.page.locator('[role="textbox"][data-lexical-editor="true"]').first();
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.server?.kill("SIGTERM");
  }
}
