import { App, ExpressReceiver } from "@slack/bolt";

// The baseline: the smallest Bolt app that answers /mentoring help, on the same fake Web API.
const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET!, endpoints: "/slack/events" });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command("/mentoring", async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "help" });
});
await app.start(Number(process.env.PORT));
process.stdout.write(`bare bolt app ready on ${process.env.PORT}\n`);
