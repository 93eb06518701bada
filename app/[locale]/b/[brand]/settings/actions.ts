"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { addCategory } from "@/lib/brands/add-category";
import { grantBrandRole } from "@/lib/brands/grant-role";
import { removeCategory } from "@/lib/brands/remove-category";
import { revokeBrandRole } from "@/lib/brands/revoke-role";
import { AddCategoryInput, GrantRoleInput, RemoveCategoryInput, RevokeRoleInput, UpdateBrandInput, UpdateCategoryInput } from "@/lib/brands/schemas";
import { updateBrand } from "@/lib/brands/update-brand";
import { updateCategory } from "@/lib/brands/update-category";

export const updateBrandAction = action(UpdateBrandInput, (input, ctx) => updateBrand({ ctx, input }), { success: "settings.saved" });

export const addCategoryAction = action(AddCategoryInput, (input, ctx) => addCategory({ ctx, input }), { success: "settings.categoryAdded" });

export const updateCategoryAction = action(UpdateCategoryInput, (input, ctx) => updateCategory({ ctx, input }), {
  success: "settings.categoryUpdated",
});

export const removeCategoryAction = action(RemoveCategoryInput, (input, ctx) => removeCategory({ ctx, input }), {
  success: "settings.categoryRemoved",
});

export const grantRoleAction = action(GrantRoleInput, (input, ctx) => grantBrandRole({ ctx, input }), { success: "settings.granted" });

export const revokeRoleAction = action(RevokeRoleInput.extend({ confirm: z.string().optional() }), (input, ctx) => revokeBrandRole({ ctx, input }), {
  success: "settings.revoked",
});
