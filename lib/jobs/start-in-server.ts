import { startWorker } from "./worker";

// Each app server runs a worker beside it unless told not to (PEERDESK_WORKER=off).
if (process.env.PEERDESK_WORKER !== "off" && process.env.DATABASE_URL) {
  const boss = await startWorker(process.env.DATABASE_URL);
  const stop = () => void boss.stop({ graceful: true, timeout: 5000 });
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
