/** Returns `shutdown(code)`, which runs `cleanup` once and exits; SIGINT and SIGTERM call it with 0. */
export function exitCleanly(cleanup: () => Promise<void>): (code: number) => Promise<void> {
  let exiting = false;
  const shutdown = async (code: number) => {
    if (exiting) return;
    exiting = true;
    try {
      await cleanup();
    } catch (err) {
      console.error(err);
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  return shutdown;
}
