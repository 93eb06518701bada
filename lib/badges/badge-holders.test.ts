import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { userBadges, users } from "../../db/schema";
import { makeBrand, makeUser } from "../testing/factories";
import { inRollback } from "../testing/test-db";
import { badgeHolders } from "./badge-holders";
import { BADGES } from "./catalogue";

describe("badgeHolders", () => {
  it("counts distinct live holders per badge and lists the latest first, for every badge in the catalogue", async () => {
    await inRollback(async (tx) => {
      const [one, two] = await Promise.all([makeBrand(tx), makeBrand(tx)]);
      const [ana, ben, gone] = await Promise.all([makeUser(tx), makeUser(tx), makeUser(tx)]);
      const before = (await badgeHolders(tx)).get("pillar")?.holders ?? 0;
      const at = (iso: string) => new Date(iso);
      await tx.insert(userBadges).values([
        { userId: ana.id, badge: "pillar", brandId: one.id, awardedAt: at("2099-01-01T00:00:00Z") },
        { userId: ana.id, badge: "pillar", brandId: two.id, awardedAt: at("2099-01-03T00:00:00Z") },
        { userId: ben.id, badge: "pillar", brandId: one.id, awardedAt: at("2099-01-02T00:00:00Z") },
        { userId: gone.id, badge: "pillar", brandId: one.id, awardedAt: at("2099-01-04T00:00:00Z") },
      ]);
      await tx.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id));
      const holders = await badgeHolders(tx, 3);
      expect([...holders.keys()]).toEqual(BADGES.map((b) => b.slug));
      const pillar = holders.get("pillar")!;
      expect(pillar.holders).toBe(before + 2);
      expect(pillar.recent.map((h) => [h.handle, h.brandName])).toEqual([
        [ana.handle, two.name],
        [ben.handle, one.name],
        [ana.handle, one.name],
      ]);
    });
  });
});
