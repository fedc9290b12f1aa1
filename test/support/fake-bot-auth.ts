import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The Bot Framework's token issuer, on loopback: an OpenID configuration and its signing keys
 * (endorsed for msteams, as Microsoft's are), and tokens signed the way the channel signs them.
 * Tandem reads the keys from MICROSOFT_BOT_OPENID_METADATA, so a test can send it a real token
 * and a forged one.
 */
export class FakeBotAuth {
  private server: Server | undefined;
  private readonly keyId = randomUUID();
  private readonly keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  metadataUrl = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url === "/openid") {
        res.end(
          JSON.stringify({
            issuer: "https://api.botframework.com",
            jwks_uri: `${this.base()}/keys`,
            id_token_signing_alg_values_supported: ["RS256"],
          }),
        );
      } else if (req.url === "/keys") {
        const { n, e } = this.keys.publicKey.export({ format: "jwk" });
        res.end(
          JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: this.keyId, n, e, endorsements: ["msteams"] }] }),
        );
      } else {
        res.statusCode = 404;
        res.end("{}");
      }
    });
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.metadataUrl = `${this.base()}/openid`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A channel token for the bot `appId` about an activity sent from `serviceUrl`, as Teams signs it. */
  token(appId: string, serviceUrl: string): string {
    return sign(this.keys.privateKey, this.keyId, appId, serviceUrl);
  }

  /** The same token, signed by someone else's key under the issuer's key id. */
  forgedToken(appId: string, serviceUrl: string): string {
    return sign(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey, this.keyId, appId, serviceUrl);
  }

  private base(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
}

function sign(key: KeyObject, keyId: string, appId: string, serviceUrl: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${part({ alg: "RS256", typ: "JWT", kid: keyId })}.${part({ iss: "https://api.botframework.com", aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url");
  return `${unsigned}.${signature}`;
}
