"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { markAllNotificationsRead } from "@/lib/notifications/mark-read";

export const markAllReadAction = action(z.object({}), (_input, ctx) => markAllNotificationsRead(ctx));
