import { LogLevel, WebClient, type Logger } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ackProblems,
  describeProblem,
  messageProblems,
  slackCallProblems,
  viewProblems,
} from "../support/block-kit-rules";
import { takeFakeProblems } from "../support/fake-problems";
import { FakeSlack } from "../support/fake-slack";

/** The fake Slack is as strict as Slack: each rule refuses what Slack would refuse or show wrongly. */
describe("the fake Slack's Block Kit rules", () => {
  const plain = (text: string) => ({ type: "plain_text", text });
  const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
  const message = (...blocks: unknown[]) => ({ text: "Hello", blocks });
  const modal = (blocks: unknown[], extra: Record<string, unknown> = {}) => ({
    type: "modal",
    title: plain("Title"),
    submit: plain("Save"),
    blocks,
    ...extra,
  });
  const found = (problems: { path: string; rule: string }[]) => problems.map((p) => `${p.path}: ${p.rule}`).join("\n");
  const option = (text: string, value: string) => ({ text: plain(text), value });

  it("accepts a plain, valid message and modal", () => {
    const button = {
      type: "button",
      action_id: "go",
      text: plain("Go"),
      value: "1",
      confirm: { title: plain("Sure?"), text: mrkdwn("*Really*"), confirm: plain("Yes"), deny: plain("No") },
    };
    expect(
      messageProblems(
        message(
          { type: "header", text: plain("Hi") },
          { type: "section", text: mrkdwn("Hi <@U123> &amp; <https://example.org|docs>") },
          { type: "actions", elements: [button] },
        ),
      ),
    ).toEqual([]);
    const select = {
      type: "static_select",
      action_id: "v",
      options: [option("One", "1"), option("Two", "2")],
      initial_option: option("Two", "2"),
    };
    expect(viewProblems(modal([{ type: "input", block_id: "a", label: plain("Pick"), element: select }]))).toEqual([]);
    expect(
      slackCallProblems("views.publish", { user_id: "U1", view: { type: "home", blocks: [{ type: "divider" }] } }),
    ).toEqual([]);
  });

  it("refuses more than 50 blocks in a message and 100 in a view", () => {
    const divider = { type: "divider" };
    expect(found(messageProblems({ text: "x", blocks: Array(51).fill(divider) }))).toContain(
      "51 blocks: Slack takes at most 50",
    );
    expect(messageProblems({ text: "x", blocks: Array(50).fill(divider) })).toEqual([]);
    expect(found(viewProblems(modal(Array(101).fill(divider))))).toContain("at most 100");
    expect(viewProblems(modal(Array(100).fill(divider)))).toEqual([]);
  });

  it("refuses texts over their limits", () => {
    const cases: [unknown, string][] = [
      [{ type: "section", text: mrkdwn("x".repeat(3001)) }, "blocks[0].text.text: 3001 characters, over Slack's 3000"],
      [{ type: "section", fields: Array(11).fill(mrkdwn("x")) }, "11 fields: at most 10"],
      [{ type: "section", fields: [mrkdwn("x".repeat(2001))] }, "over Slack's 2000"],
      [{ type: "header", text: plain("x".repeat(151)) }, "over Slack's 150"],
      [{ type: "context", elements: Array(11).fill(mrkdwn("x")) }, "11 elements: at most 10"],
      [
        { type: "actions", elements: [{ type: "button", action_id: "a", text: plain("x".repeat(76)) }] },
        "over Slack's 75",
      ],
      [
        { type: "actions", elements: [{ type: "button", action_id: "a", text: plain("x"), value: "v".repeat(2001) }] },
        "value: 2001 characters, over Slack's 2000",
      ],
      [
        {
          type: "actions",
          block_id: "b".repeat(256),
          elements: [{ type: "button", action_id: "a".repeat(256), text: plain("x") }],
        },
        "action_id: 256 characters",
      ],
      [
        {
          type: "section",
          text: mrkdwn("x"),
          accessory: { type: "overflow", action_id: "o", options: [option("x".repeat(76), "1"), option("y", "2")] },
        },
        "options[0].text.text: 76 characters",
      ],
      [
        {
          type: "section",
          text: mrkdwn("x"),
          accessory: { type: "overflow", action_id: "o", options: [option("x", "v".repeat(151)), option("y", "2")] },
        },
        "value: 151 characters, over Slack's 150",
      ],
      [
        {
          type: "section",
          text: mrkdwn("x"),
          accessory: {
            type: "overflow",
            action_id: "o",
            options: [{ ...option("x", "1"), description: plain("d".repeat(76)) }, option("y", "2")],
          },
        },
        "description.text: 76 characters",
      ],
    ];
    for (const [block, expected] of cases) expect(found(messageProblems(message(block))), expected).toContain(expected);
    expect(
      found(
        messageProblems(
          message({
            type: "actions",
            block_id: "b".repeat(256),
            elements: [{ type: "button", action_id: "a", text: plain("x") }],
          }),
        ),
      ),
    ).toContain("block_id: 256 characters");
    expect(found(messageProblems({ text: "x".repeat(40_001) }))).toContain("Slack cuts message text at 40000");
  });

  it("refuses option counts Slack does not take", () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => option(`O${i}`, String(i)));
    const select = (n: number) =>
      viewProblems(
        modal([
          { type: "input", label: plain("L"), element: { type: "static_select", action_id: "v", options: options(n) } },
        ]),
      );
    expect(found(select(101))).toContain("101 options: a select takes 1 to 100");
    expect(select(100)).toEqual([]);
    const overflow = (n: number) =>
      messageProblems(
        message({
          type: "section",
          text: mrkdwn("x"),
          accessory: { type: "overflow", action_id: "o", options: options(n) },
        }),
      );
    expect(found(overflow(6))).toContain("an overflow menu takes 2 to 5");
    expect(found(overflow(1))).toContain("an overflow menu takes 2 to 5");
    expect(overflow(5)).toEqual([]);
    const checkboxes = (n: number) =>
      viewProblems(
        modal([
          { type: "input", label: plain("L"), element: { type: "checkboxes", action_id: "v", options: options(n) } },
        ]),
      );
    expect(found(checkboxes(11))).toContain("checkboxes takes 1 to 10");
    expect(checkboxes(10)).toEqual([]);
  });

  it("refuses confirm dialogs over their limits", () => {
    const confirm = (parts: Record<string, unknown>) =>
      messageProblems(
        message({
          type: "actions",
          elements: [
            {
              type: "button",
              action_id: "a",
              text: plain("Go"),
              confirm: { title: plain("T"), text: mrkdwn("Text"), confirm: plain("Yes"), deny: plain("No"), ...parts },
            },
          ],
        }),
      );
    expect(found(confirm({ title: plain("x".repeat(101)) }))).toContain("confirm.title.text: 101 characters");
    expect(found(confirm({ text: mrkdwn("x".repeat(301)) }))).toContain("confirm.text.text: 301 characters");
    expect(found(confirm({ confirm: plain("x".repeat(31)) }))).toContain("confirm.confirm.text: 31 characters");
    expect(found(confirm({ deny: plain("x".repeat(31)) }))).toContain("confirm.deny.text: 31 characters");
    expect(confirm({})).toEqual([]);
  });

  it("refuses modal fields over their limits", () => {
    expect(found(viewProblems(modal([], { title: plain("x".repeat(25)) })))).toContain(
      "view.title.text: 25 characters, over Slack's 24",
    );
    expect(found(viewProblems(modal([], { submit: plain("x".repeat(25)) })))).toContain("view.submit.text: 25");
    expect(found(viewProblems(modal([], { close: plain("x".repeat(25)) })))).toContain("view.close.text: 25");
    expect(found(viewProblems(modal([], { private_metadata: "m".repeat(3001) })))).toContain(
      "private_metadata: 3001 characters",
    );
    expect(found(viewProblems(modal([], { callback_id: "c".repeat(256) })))).toContain("callback_id: 256 characters");
    const input = (element: Record<string, unknown>, label = plain("L")) =>
      viewProblems(
        modal([{ type: "input", label, element: { type: "plain_text_input", action_id: "v", ...element } }]),
      );
    expect(found(input({}, plain("x".repeat(2001))))).toContain("label.text: 2001 characters");
    expect(found(input({ placeholder: plain("x".repeat(151)) }))).toContain("placeholder.text: 151 characters");
    expect(found(input({ max_length: 3001 }))).toContain("max_length must be 1 to 3000");
    expect(found(input({ max_length: 10, initial_value: "x".repeat(11) }))).toContain("over the input's max_length 10");
    expect(input({ max_length: 10, initial_value: "x".repeat(10) })).toEqual([]);
    expect(
      found(
        viewProblems({
          type: "modal",
          title: plain("T"),
          blocks: [{ type: "input", label: plain("L"), element: { type: "plain_text_input", action_id: "v" } }],
        }),
      ),
    ).toContain("needs a submit button");
  });

  it("refuses mrkdwn where only plain_text is allowed", () => {
    expect(found(messageProblems(message({ type: "header", text: mrkdwn("Hi") })))).toContain(
      "blocks[0].text.type: only plain_text is allowed here",
    );
    expect(
      found(
        messageProblems(
          message({ type: "actions", elements: [{ type: "button", action_id: "a", text: mrkdwn("Go") }] }),
        ),
      ),
    ).toContain("only plain_text");
    const select = {
      type: "static_select",
      action_id: "v",
      options: [{ text: mrkdwn("One"), value: "1" }],
      placeholder: mrkdwn("Pick"),
    };
    const problems = found(
      viewProblems(modal([{ type: "input", label: mrkdwn("L"), element: select }], { title: mrkdwn("T") })),
    );
    for (const path of [
      "view.title.type",
      "view.blocks[0].label.type",
      "element.options[0].text.type",
      "element.placeholder.type",
    ])
      expect(problems).toContain(`${path}: only plain_text`);
    // Radio buttons and checkboxes may show mrkdwn options.
    expect(
      viewProblems(
        modal([
          {
            type: "input",
            label: plain("L"),
            element: { type: "radio_buttons", action_id: "v", options: [{ text: mrkdwn("*One*"), value: "1" }] },
          },
        ]),
      ),
    ).toEqual([]);
  });

  it("refuses an initial option that is not among the options (same value and text)", () => {
    const options = [option("One", "1"), option("Two", "2")];
    const select = (extra: Record<string, unknown>, type = "static_select") =>
      viewProblems(modal([{ type: "input", label: plain("L"), element: { type, action_id: "v", options, ...extra } }]));
    expect(found(select({ initial_option: option("Three", "3") }))).toContain(
      'initial_option: {"value":"3","text":"Three"} is not one of the options',
    );
    expect(found(select({ initial_option: option("Uno", "1") }))).toContain("is not one of the options");
    expect(
      found(select({ initial_options: [option("One", "1"), option("Nine", "9")] }, "multi_static_select")),
    ).toContain("initial_options[1]");
    expect(found(select({ initial_options: [option("Nine", "9")] }, "checkboxes"))).toContain("initial_options[0]");
    expect(select({ initial_options: [option("Two", "2")] }, "checkboxes")).toEqual([]);
  });

  it("refuses repeated block_ids in a message or view, and repeated action_ids in a block", () => {
    const button = (id: string) => ({ type: "button", action_id: id, text: plain("Go") });
    expect(
      found(messageProblems(message({ type: "divider", block_id: "a" }, { type: "divider", block_id: "a" }))),
    ).toContain('blocks[1].block_id: "a" is also the block_id of blocks[0]');
    expect(found(messageProblems(message({ type: "actions", elements: [button("x"), button("x")] })))).toContain(
      'elements[1].action_id: "x" is also the action_id of elements[0]',
    );
    expect(
      messageProblems(
        message(
          { type: "actions", block_id: "a", elements: [button("x"), button("y")] },
          { type: "actions", block_id: "b", elements: [button("x")] },
        ),
      ),
    ).toEqual([]);
  });

  it("finds unescaped & < > in mrkdwn, but not Slack's own markup", () => {
    const text = (t: string) => found(messageProblems({ text: "x", blocks: [{ type: "section", text: mrkdwn(t) }] }));
    expect(text("R&D")).toContain('unescaped "&"');
    expect(text("timezone <Region/City>")).toContain('unescaped "<"');
    expect(text("a > b")).toContain('unescaped ">"');
    expect(text("<https://evil.example|a <b> c>")).toContain("unescaped");
    expect(
      text(
        "R&amp;D &lt;x&gt; <@U0ABC> <@W0ABC|ana> <#C0123|general> <!here> <!date^1700000000^{date_short}|Nov 14> <https://example.org/a?b=1|docs> <mailto:a@example.org|mail>",
      ),
    ).toBe("");
    // The notification text of a message is mrkdwn too.
    expect(found(messageProblems({ text: "Ana & Luis", blocks: [] }))).toContain('text: unescaped "&"');
    expect(messageProblems({ text: "Ana & Luis", mrkdwn: false })).toEqual([]);
  });

  it("checks what the app acks: a view to update or push, and plain-text errors", () => {
    expect(
      found(ackProblems({ response_action: "update", view: modal([], { title: plain("x".repeat(30)) }) })),
    ).toContain("view.title.text: 30 characters");
    expect(
      found(ackProblems({ response_action: "errors", errors: { date: "`/mentoring plenary` is for *coordinators*" } })),
    ).toContain("errors.date: markup or entities in a plain-text message show literally");
    expect(ackProblems({ response_action: "errors", errors: { date: "Pick a date after today." } })).toEqual([]);
    expect(ackProblems({ response_action: "clear" })).toEqual([]);
  });
});

describe("the fake Slack answers like Slack", () => {
  const slack = new FakeSlack();
  let client: WebClient;
  beforeAll(async () => {
    await slack.start();
    // The client logs a refused call; the answer itself is what these tests check.
    const quiet: Logger = {
      debug() {},
      info() {},
      warn() {},
      error() {},
      setLevel() {},
      getLevel: () => LogLevel.ERROR,
      setName() {},
    };
    client = new WebClient("xoxb-test", { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, logger: quiet });
  });
  afterAll(() => slack.stop());

  it("refuses invalid blocks with invalid_blocks and a pointer, and the test is told", async () => {
    const sent = client.chat.postMessage({
      channel: "C1",
      text: "Hi",
      blocks: [{ type: "header", text: { type: "plain_text", text: "x".repeat(151) } }],
    });
    await expect(sent).rejects.toMatchObject({
      data: {
        ok: false,
        error: "invalid_blocks",
        response_metadata: { messages: [expect.stringContaining("[json-pointer:/blocks/0/text/text]")] },
      },
    });
    expect(takeFakeProblems()).toEqual([
      'Slack would not show this as meant: chat.postMessage blocks[0].text.text: 151 characters, over Slack\'s 150: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…',
    ]);
    expect(slack.messages).toHaveLength(0);
  });

  it("refuses an invalid view with invalid_arguments", async () => {
    const view = {
      type: "modal" as const,
      title: { type: "plain_text" as const, text: "A title far too long for Slack" },
      blocks: [],
    };
    await expect(client.views.open({ trigger_id: "t", view })).rejects.toMatchObject({
      data: { error: "invalid_arguments" },
    });
    expect(takeFakeProblems().map((p) => p.split(": ").slice(1, 2).join())).toEqual(["views.open view.title.text"]);
  });

  it("shows a payload it only renders wrongly, and the test is told", async () => {
    const answer = await client.chat.postMessage({
      channel: "C1",
      text: "R&D",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "R&amp;D" } }],
    });
    expect(answer.ok).toBe(true);
    expect(takeFakeProblems().join()).toContain('chat.postMessage text: unescaped "&"');
  });

  it("refuses a response_url payload it cannot show with a bare 400", async () => {
    const response = await fetch(slack.responseUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x", blocks: Array(51).fill({ type: "divider" }) }),
    });
    expect([response.status, await response.text()]).toEqual([400, "invalid_blocks"]);
    expect(takeFakeProblems().join()).toContain("response_url blocks: 51 blocks");
  });

  it("describes each problem with its path", () => {
    expect(describeProblem({ path: "blocks[0]", rule: "r", refused: true })).toBe("blocks[0]: r");
  });
});
