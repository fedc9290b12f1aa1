import type { Person } from "../../src/domain/people";
import type { Services } from "../../src/services";

/** Small builders so a test reads as the story it checks. */
export async function createSlackPerson(
  services: Services,
  userId: string,
  profile: { name?: string; locale?: "es" | "en"; timeZone?: string } = {},
): Promise<Person> {
  return services.people.identifyWithProfile(
    { platform: "slack", workspaceId: "T0TANDEM", userId },
    { displayName: profile.name ?? userId, locale: profile.locale ?? "en", timeZone: profile.timeZone ?? "Europe/Madrid" },
  );
}
