/**
 * Problems the fakes of Slack and Teams found in what the app sent them (a card Teams would not
 * show, a block Slack would refuse). The fakes answer as the platform would; the test that made
 * the app send it fails afterwards with the rule and the path (see test/setup.ts).
 */
const KEY = Symbol.for("tandem.fake-problems");

function registry(): string[] {
  const holder = globalThis as unknown as Record<symbol, string[] | undefined>;
  return (holder[KEY] ??= []);
}

export function reportFakeProblems(problems: string[]): void {
  registry().push(...problems);
}

export function takeFakeProblems(): string[] {
  return registry().splice(0);
}
