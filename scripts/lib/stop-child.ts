import type { ChildProcess } from "node:child_process";
import { once } from "node:events";

/** Sends SIGTERM and waits for the exit, escalating to SIGKILL after `timeoutMs`. */
export async function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  await exited;
  clearTimeout(timer);
}
