// Demo Q&A content, written as data and replayed through the real verbs by db/seed/seed-threads.ts.

export type DemoLocale = "es" | "en";

export type DemoMember = { name: string; email: string; locale: DemoLocale };

export type DemoComment = {
  body: string;
  /** Index into DEMO_MEMBERS. */
  author: number;
  /** Hours after the post it belongs to; spread automatically when left out. */
  hoursLater?: number;
};

export type DemoAnswer = {
  body: string;
  /** Index into DEMO_MEMBERS. */
  author: number;
  /** Hours after the question was asked. */
  hoursLater: number;
  /** Net score; a negative number is cast as that many down votes. */
  votes?: number;
  accepted?: boolean;
  comments?: DemoComment[];
};

export type DemoThread = {
  title: string;
  body: string;
  tags: string[];
  /** Category slug of the brand (see db/seed/demo-brands.ts). */
  category: string;
  locale: DemoLocale;
  askedDaysAgo: number;
  /** Index into DEMO_MEMBERS. */
  author: number;
  views?: number;
  answers: DemoAnswer[];
  comments?: DemoComment[];
  /** Net score of the question. */
  votes?: number;
};
