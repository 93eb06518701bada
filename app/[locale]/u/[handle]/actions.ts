"use server";

import { action } from "@/lib/actions/action";
import { ProfileSettingsInput } from "@/lib/users/profile-settings-schema";
import { updateProfileSettings } from "@/lib/users/update-profile-settings";

export const updateProfileSettingsAction = action(ProfileSettingsInput, (input, ctx) => updateProfileSettings({ ctx, input }), {
  success: "profile.settingsSaved",
});
