// TEMPORARY dev config (delete before handing back): reuses a running e2e server.
import base from "./playwright.config";
export default { ...base, webServer: { ...base.webServer, reuseExistingServer: true } };
