import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "../../db/client";
import { accounts, sessions, users, verificationTokens } from "../../db/schema";
import { isPeerdeskError } from "../errors";
import { ANONYMOUS } from "../permissions/viewer";
import { authenticate } from "../users/authenticate";
import { uniqueHandle } from "../users/handle";
import { recordSignUp } from "../users/record-sign-up";
import { clientIpFrom } from "./client-ip";
import { oauthProviders } from "./oauth-providers";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        try {
          const ip = clientIpFrom(request.headers);
          return await authenticate({ ctx: { viewer: ANONYMOUS, ip }, input: credentials });
        } catch (error) {
          if (isPeerdeskError(error) && error.code === "rate_limited") throw new RateLimitedSignIn();
          throw error;
        }
      },
    }),
  ];
  const enabled = oauthProviders();
  if (enabled.github) list.push(GitHub);
  if (enabled.google) list.push(Google);
  return list;
}

// OAuth sign-ups get a handle and a welcome mail like password sign-ups do.
function peerdeskAdapter(): Adapter {
  const db = getDb();
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
  return {
    ...base,
    createUser: async ({ id: _id, ...data }) =>
      db.transaction(async (tx) => {
        const handle = await uniqueHandle(tx, data.name ?? "", data.email);
        const [user] = await tx
          .insert(users)
          .values({ ...data, email: data.email.toLowerCase(), handle })
          .returning();
        if (!user) throw new Error("insert returned no row");
        await recordSignUp(tx, user, "oauth");
        return user;
      }),
  };
}

function config(): NextAuthConfig {
  return {
    adapter: peerdeskAdapter(),
    // JWT cookies carry only the user id; roles are read from PostgreSQL on every request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    trustHost: true,
    providers: providers(),
    pages: { signIn: "/es/sign-in" },
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
        console.error("[auth]", error.name, error.message);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
