import "server-only";
import { cache } from "react";
import { getDb } from "../../db/client";
import type { Viewer } from "../permissions/viewer";
import { auth } from "./auth";
import { loadViewer } from "./load-viewer";

export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  return loadViewer(getDb(), session?.user?.id);
});
