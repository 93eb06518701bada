import { z } from "zod";

// A checkbox posts "on" when ticked and nothing when not; the verb also takes real booleans.
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const ProfileSettingsInput = z.object({
  userId: z.uuid({ error: "errors.not_found" }),
  hideFromSearchEngines: checkbox,
});
