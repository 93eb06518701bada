type Account = { role: string; email: string; password: string };

/** Prints where the app is listening and the demo accounts to sign in with. */
export function printBanner(url: string, accounts: Account[]): void {
  const lines = ["", `Peerdesk is running at ${url}`];
  if (accounts.length > 0) {
    const rows = [{ role: "role", email: "email", password: "password" }, ...accounts];
    const width = (key: keyof Account) => Math.max(...rows.map((row) => row[key].length));
    lines.push("", "Demo accounts:");
    for (const row of rows) {
      lines.push(`  ${row.role.padEnd(width("role"))}  ${row.email.padEnd(width("email"))}  ${row.password}`);
    }
  }
  console.log(`${lines.join("\n")}\n`);
}
