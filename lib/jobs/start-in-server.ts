import { env } from "../env";
import { startWorker } from "./worker";

const { PEERDESK_WORKER, DATABASE_URL } = env();
// Each app server runs a worker beside it unless told not to (PEERDESK_WORKER=off).
if (PEERDESK_WORKER === "on" && DATABASE_URL) {
  const boss = await startWorker(DATABASE_URL);
  const stop = () => void boss.stop({ graceful: true, timeout: 5000 });
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
