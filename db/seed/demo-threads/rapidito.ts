import type { DemoThread } from "./types";

// Rapidito (delivery and online shopping). Categories: tracking, returns, couriers.
// Authors are indexes into DEMO_MEMBERS (members.ts); regulars here: 14 Emily (orders, refunds),
// 19 Marcus and 17 Daniel (couriers), 22 Laura (courier, Spanish), 20 Olivia, 3 Mateo (Spanish).
export const THREADS: DemoThread[] = [
  {
    title: "Parcel marked as delivered but I never received it",
    body: `Tracking says "Delivered — left with customer" at 14:12 yesterday. I was home all afternoon and nobody rang. Nothing in the lobby or with the neighbours I asked.

Order is a pair of headphones, paid by card. What should I do?`,
    tags: ["delivered-not-received", "missing-parcel"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 55,
    author: 18,
    votes: 7,
    comments: [{ body: "Is there a delivery photo in the order details? Couriers have to take one when they leave a parcel.", author: 14 }],
    answers: [
      {
        author: 14,
        hoursLater: 1,
        votes: 9,
        accepted: true,
        body: `Happens more often than you'd think, and most of the time it turns up. In order:

1. Open the order → **Delivery proof**: check the photo and the GPS pin. If the photo shows a door that isn't yours, screenshot it.
2. Wait **24 hours**: sometimes the courier marks it delivered early and drops it later in the round.
3. After that, go to the order → *Problem with delivery* → **I didn't receive it**. Attach the screenshot.

For card payments the refund or replacement is usually decided within 2–3 days.`,
        comments: [
          { body: "The photo was of a green door, mine is white. Reported it with the screenshot.", author: 18 },
          { body: "Update: they sent a replacement, arrived today. Thanks Emily!", author: 18, hoursLater: 70 },
        ],
      },
      {
        author: 19,
        hoursLater: 3,
        votes: 4,
        body: "Courier here. On busy days the app sometimes auto-marks the last stop of a batch as delivered when we close the batch. Not an excuse, but it's why the 24 h wait often solves it.",
      },
      {
        author: 23,
        hoursLater: 20,
        votes: -3,
        body: "Just do a chargeback with your bank, way faster.",
        comments: [{ body: "That can get your account blocked while they investigate. Report it through the order first.", author: 14 }],
      },
    ],
  },
  {
    title: "Tracking stuck on 'In transit' for five days",
    body: 'My order left the warehouse last Monday and since then the tracking just says "In transit". No updates at all. Estimated delivery was two days ago.',
    tags: ["tracking", "delay", "in-transit"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 38,
    author: 15,
    votes: 3,
    comments: [
      { body: "Is it sold by Rapidito or by a marketplace seller? The seller ones sometimes use a partner carrier with its own tracking.", author: 20 },
    ],
    answers: [
      {
        author: 20,
        hoursLater: 4,
        votes: 3,
        body: "If it's a seller order, scroll down in the tracking screen: there's a **partner tracking number** with a link to the carrier's own page, which usually has more detail than ours.",
      },
      {
        author: 14,
        hoursLater: 6,
        votes: 4,
        accepted: true,
        body: `Once it's **3 business days past the estimated date**, you can open *Where is my order?* from the order page. That forces a trace with the depot.

If the trace doesn't find it in 48 h, it's declared lost and you choose refund or replacement. No need to wait longer than that.`,
        comments: [{ body: "Opened the trace, it was sitting at the wrong depot. Arrived two days later.", author: 15, hoursLater: 60 }],
      },
    ],
  },
  {
    title: "Courier couldn't find my address and the order went back to the depot",
    body: "I live in a new development and my street doesn't show on most maps. The courier called once, I missed it, and the parcel went back. How do I stop this happening again?",
    tags: ["address", "failed-delivery", "delivery-notes"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 47,
    author: 16,
    votes: 4,
    answers: [
      {
        author: 17,
        hoursLater: 2,
        votes: 6,
        accepted: true,
        body: `Courier here, this is what actually helps us:

- **Move the pin** on the map (Address book → Edit → Adjust pin) to your actual door. The app navigates to the pin, not the street name.
- Add **delivery notes**: "Blue gate, second house after the roundabout, ring bell 2".
- Make sure your phone number is right and answer unknown numbers around the delivery slot.

For the returned parcel: order page → *Reschedule delivery*; you have 5 days before it's sent back to the seller.`,
        comments: [{ body: "Moved the pin and added notes, rescheduled for Friday. Thanks!", author: 16 }],
      },
    ],
  },
  {
    title: "How do I change my delivery slot after ordering?",
    body: "I booked the 8–10 am slot for tomorrow but now I have to be out. Can I change it without cancelling the whole order?",
    tags: ["delivery-slot", "reschedule"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 18,
    author: 20,
    votes: 2,
    answers: [
      {
        author: 14,
        hoursLater: 0.5,
        votes: 4,
        accepted: true,
        body: `Order page → **Change delivery slot**. Rules:

- You can change it until **22:00 the day before** (or 2 hours before the slot for same-day deliveries).
- Free for the first change; after that a delivery fee may apply for express slots.
- Once it says *Out for delivery*, the button disappears — then the only option is redirecting to a pickup point.`,
      },
    ],
  },
  {
    title: "Can I redirect a parcel to a pickup point?",
    body: "I won't be home all week. My parcel is already on its way. Is there a way to send it to a locker or shop instead?",
    tags: ["pickup-point", "redirect"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 72,
    author: 23,
    votes: 2,
    answers: [
      {
        author: 14,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: "Yes, as long as it isn't *Out for delivery* yet: order page → **Deliver somewhere else** → Pickup point. Lockers have size limits, so big parcels only show shops as options. You get a code by SMS and email when it's ready; it stays there 7 days.",
        comments: [{ body: "Worked, it's going to the locker at the station. 👍", author: 23 }],
      },
    ],
  },
  {
    title: "Order split into two deliveries and only one arrived",
    body: "I ordered 3 items. Two came yesterday, and the order now says \"Delivered\" — but the third item isn't there and there's no second tracking number.",
    tags: ["split-shipment", "missing-item"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 26,
    author: 21,
    votes: 1,
    answers: [
      {
        author: 20,
        hoursLater: 5,
        votes: 3,
        body: "Scroll to the items list in the order: each item shows its own status. If the third one says *Delivered* too, it's a packing error — report it as **Item missing from parcel** and they either ship it or refund that item.",
        comments: [{ body: "It showed delivered. Reported it, they are shipping it again.", author: 21 }],
      },
    ],
  },
  {
    title: "Is there any way to get a narrower delivery window than 9 am–9 pm?",
    body: "The standard delivery window is the whole day. I work from home but have meetings. Any way to know roughly when they'll come?",
    tags: ["delivery-window", "notifications"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 82,
    author: 18,
    votes: 2,
    answers: [
      {
        author: 19,
        hoursLater: 7,
        votes: 3,
        body: "On the day, once the courier starts the route you get a **1-hour window** in the app and a live map when you're 3 stops away. Turn notifications on for the app. If you need a fixed slot, the paid 2-hour slots are the only guaranteed option.",
      },
      {
        author: 14,
        hoursLater: 9,
        votes: 1,
        body: 'You can also add a note like "Please knock, don\'t ring" if the bell disrupts calls — couriers do read them.',
      },
    ],
  },
  {
    title: "Courier left my parcel outside in the rain",
    body: 'Came home to a soaked cardboard box on the doorstep. The book inside is ruined. I had a note saying "leave with neighbour at no. 4".',
    tags: ["damaged", "safe-place", "delivery-notes"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 15,
    author: 15,
    votes: 3,
    answers: [
      {
        author: 14,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: "Report it as **Arrived damaged** within 48 hours, with photos of the box and the book, and mention the courier ignored the delivery note. Water damage is treated as damage in transit, so you get a refund or replacement without sending the item back.",
        comments: [{ body: "Replacement on the way, didn't even need to return the wet one.", author: 15 }],
      },
      {
        author: 17,
        hoursLater: 10,
        votes: 2,
        body: "From the courier side: if the neighbour isn't home we're told to bring it back, not leave it outside. You can also rate the delivery — that feedback does reach the courier's area manager.",
      },
    ],
  },
  {
    title: "Grocery order arrived with three items missing",
    body: "My grocery order receipt lists 24 items, but only 21 were in the bags (missing eggs, butter and a bottle of olive oil). I was charged for all of them.",
    tags: ["groceries", "missing-items", "refund"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 9,
    author: 20,
    votes: 1,
    answers: [
      {
        author: 14,
        hoursLater: 1,
        votes: 3,
        accepted: true,
        body: `Order page → **Report a problem** → *Items missing*, tick the three products. For groceries:

- Report within **24 hours** of delivery.
- Refund for missing items goes to the original payment method automatically, usually the same day.
- No photo needed for missing items (only for damaged ones).`,
        comments: [{ body: "Refunded within an hour. Easy.", author: 20 }],
      },
    ],
  },
  {
    title: "'Out for delivery' since yesterday morning and nothing",
    body: 'Yesterday at 8 am the tracking changed to "Out for delivery". Nobody came, no failed-delivery note, and today it still says out for delivery. Anyone seen this?',
    tags: ["out-for-delivery", "delay"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 0.6,
    author: 16,
    answers: [],
  },
  {
    title: "Food order arrived cold after 90 minutes",
    body: "The app said 35 minutes. It took an hour and a half, and the food was cold. The courier said the restaurant was late. Is that my problem?",
    tags: ["food-delivery", "late", "refund"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 6,
    author: 23,
    votes: 1,
    answers: [
      {
        author: 14,
        hoursLater: 2,
        votes: 2,
        body: "Report it from the order (*Food arrived cold* or *Order very late*). When delivery is more than 30 min past the estimate, you usually get the delivery fee back and sometimes a voucher. Doesn't matter whose fault it was.",
      },
      {
        author: 19,
        hoursLater: 4,
        votes: 3,
        body: "For what it's worth, restaurants being late is the most common cause. We're assigned when the app *thinks* the food is ready. If you rate, please rate the restaurant and the courier separately — that's why there are two ratings.",
        comments: [{ body: "Fair point, I'll rate them separately. Got the delivery fee back.", author: 23 }],
      },
      {
        author: 3,
        hoursLater: 30,
        votes: -1,
        body: "Pide siempre a restaurantes que estén cerca, a más de 3 km siempre llega frío.",
      },
    ],
  },
  {
    title: "What is the delivery PIN and where do I find it?",
    body: "The courier asked me for a 4-digit PIN and I had no idea what he meant. He left without giving me the parcel.",
    tags: ["delivery-pin", "verification"],
    category: "tracking",
    locale: "en",
    askedDaysAgo: 44,
    author: 21,
    votes: 3,
    answers: [
      {
        author: 17,
        hoursLater: 1,
        votes: 5,
        accepted: true,
        body: `High-value orders need a **delivery PIN** so nobody else can take them. You find it:

- In the app: order page → *Your delivery PIN* (top of the screen on delivery day).
- In the "Out for delivery" SMS/email.

We can't hand it over without the PIN — the app won't let us close the stop. Reschedule from the order and have the PIN ready.`,
        comments: [{ body: "Found it in the email, was in my spam folder. Rescheduled for tomorrow.", author: 21 }],
      },
    ],
  },
  {
    title: "How long does a refund take to reach my card?",
    body: 'My return was received at the warehouse three days ago and the app says "Refund issued", but nothing on my card yet.',
    tags: ["refund", "refund-time"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 63,
    author: 18,
    votes: 5,
    answers: [
      {
        author: 14,
        hoursLater: 2,
        votes: 8,
        accepted: true,
        body: `"Refund issued" means Rapidito has sent it; the rest depends on how you paid:

| Payment method | Time after "Refund issued" |
|---|---|
| Rapidito wallet | Instant |
| Debit card | 3–5 business days |
| Credit card | 5–10 business days (may show on next statement) |
| Cash on delivery | To wallet instantly, or bank transfer in 5 days |

If it's past those times, open the refund in the order: there's a **reference number** your bank can use to find it.`,
        comments: [
          { body: "Debit card, so I'll give it until Friday. Thanks for the table!", author: 18 },
          { body: "Confirming: mine took exactly 4 business days to a debit card.", author: 20 },
        ],
      },
    ],
  },
  {
    title: "Received the wrong item — how do I exchange it?",
    body: "I ordered a blue jacket size M and got a black one size L. Do I need to return it first and buy again, or can they just swap it?",
    tags: ["wrong-item", "exchange"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 31,
    author: 15,
    votes: 2,
    answers: [
      {
        author: 14,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Order → *Return or exchange* → reason **Wrong item received**. Because it's their mistake:

1. Choose **Exchange** and pick the correct item.
2. The return label is free, and the courier can collect the wrong one when delivering the right one (choose "swap at door").
3. Keep the tags on until the swap.`,
      },
    ],
  },
  {
    title: "Package arrived damaged — box crushed, item broken",
    body: "My order (a table lamp) arrived with the box crushed on one side and the lamp base is cracked. What do I need to do to get a replacement?",
    tags: ["damaged", "replacement"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 23,
    author: 23,
    votes: 2,
    answers: [
      {
        author: 20,
        hoursLater: 2,
        votes: 4,
        accepted: true,
        body: `Before anything else, **take photos**: the outside of the box (all sides), the inside packaging and the damage. Then:

- Order → Report a problem → *Arrived damaged*, within **48 hours**.
- Upload the photos; choose replacement or refund.
- Keep the box until the case is closed, a courier may collect it.`,
        comments: [{ body: "Uploaded everything, replacement approved the same day.", author: 23 }],
      },
    ],
  },
  {
    title: "Return label QR code not working at the drop-off point",
    body: "I took my return to the drop-off shop and their scanner says the QR code is invalid. Tried twice on different days.",
    tags: ["return-label", "drop-off"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 40,
    author: 16,
    votes: 1,
    comments: [{ body: "Which carrier did you pick when you created the return? Each shop only accepts one network.", author: 14 }],
    answers: [
      {
        author: 14,
        hoursLater: 4,
        votes: 3,
        body: "Most common cause is a label created for a different carrier than the shop you went to. Cancel the return label (Returns → your return → Change drop-off) and create a new one for that shop's network. Labels also expire after 14 days.",
        comments: [{ body: "That was it — I'd picked the locker network. New label worked.", author: 16 }],
      },
    ],
  },
  {
    title: "Refund came as store credit instead of back to my card",
    body: "I returned a pair of shoes and got the refund as Rapidito wallet credit. I paid by card and want the money back on the card.",
    tags: ["refund", "store-credit", "wallet"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 52,
    author: 21,
    votes: 3,
    answers: [
      {
        author: 14,
        hoursLater: 2,
        votes: 5,
        accepted: true,
        body: "When you create the return, the default refund method is *Wallet (faster)*. If you didn't change it, that's why. You can move wallet credit from a refund back to the original card: Wallet → the refund line → **Send to original payment method**. Only works within 30 days of the refund.",
        comments: [{ body: "Didn't even see that option. Moved it back to my card. Thanks.", author: 21 }],
      },
      {
        author: 18,
        hoursLater: 8,
        votes: 1,
        body: "Same happened to me — the default is a bit sneaky. Always check the refund method on the last return screen.",
      },
    ],
  },
  {
    title: "Return window for items bought in the sale",
    body: "I bought a coat in the end-of-season sale 20 days ago. Is the return window the same as for full-price items?",
    tags: ["returns-policy", "sale"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 79,
    author: 20,
    votes: 1,
    answers: [
      {
        author: 14,
        hoursLater: 6,
        votes: 2,
        body: "For items sold by Rapidito it's the same: 30 days from delivery. Marketplace sellers set their own policy (minimum 14 days) — it's shown on the product page under *Returns*. Underwear, swimwear with the hygiene seal removed and personalised items can't be returned.",
      },
    ],
  },
  {
    title: "Seller says the refund was sent but I don't see it",
    body: "A marketplace seller says they refunded me a week ago. The order page shows nothing and I haven't got any money back.",
    tags: ["marketplace", "refund"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 28,
    author: 15,
    votes: 2,
    comments: [
      { body: "Did they refund through the Rapidito order, or did they say they sent it some other way (bank transfer etc.)?", author: 14 },
      { body: 'They said "refunded via the platform".', author: 15, hoursLater: 3 },
    ],
    answers: [
      {
        author: 14,
        hoursLater: 5,
        votes: 3,
        body: `If they refunded via the platform, the order page would show **Refund issued** with an amount. If it doesn't:

1. Ask the seller through *Contact seller* in the order, so it's on record.
2. If they don't answer within 2 business days, open **Rapidito guarantee** from the order. Rapidito refunds you and deals with the seller.

Don't accept refunds outside the platform — they're not covered by the guarantee.`,
      },
    ],
  },
  {
    title: "Charged twice for a single order",
    body: "My card statement shows two identical charges for one order. The app only shows one order. Is this a pending authorisation thing or a real double charge?",
    tags: ["double-charge", "payment"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 12,
    author: 16,
    votes: 2,
    answers: [
      {
        author: 20,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Usually it's the first payment attempt that failed on our side but still placed a **hold** on your card. Checks:

- Is one of them *pending*? Holds disappear in 3–7 days on their own.
- If both are *posted* (not pending), go to Account → Payments → **Report a payment issue** and attach the statement line.`,
        comments: [{ body: "One was pending and disappeared after 3 days. All good.", author: 16 }],
      },
    ],
  },
  {
    title: "Can I return only one item from a bundle deal?",
    body: 'I bought a "3 for 2" bundle of kitchen towels and only want to return one pack. How is the refund calculated?',
    tags: ["bundle", "partial-return"],
    category: "returns",
    locale: "en",
    askedDaysAgo: 3,
    author: 18,
    answers: [],
  },
  {
    title: "How are courier payouts calculated? Trying to understand my earnings",
    body: `Started delivering two weeks ago. My earnings per order vary a lot and I can't figure out the logic. Example from yesterday:

~~~
Order A: 2.1 km — 4.35
Order B: 2.3 km — 6.80
Order C: 5.8 km — 7.10
~~~

Why did B pay more than C?`,
    tags: ["payouts", "earnings", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 66,
    author: 17,
    votes: 6,
    answers: [
      {
        author: 19,
        hoursLater: 2,
        votes: 9,
        accepted: true,
        body: `Each order is roughly:

| Part | What it depends on |
|---|---|
| Base fee | Per pickup + per drop-off |
| Distance | Per km from pickup to drop-off (straight-line estimate, not your route) |
| Waiting time | Paid after 5 min waiting at the restaurant |
| Boost | Peak hours / bad weather multiplier |
| Tip | 100% yours, added after delivery |

B was probably during a boost window or had a tip — open the order in *Earnings → History* and it breaks it down line by line.`,
        comments: [
          { body: "B had a 2.00 tip and a rain boost. Makes sense now. Thanks!", author: 17 },
          { body: "The straight-line distance thing is worth knowing, it explains a lot of the 'short' long trips.", author: 22 },
        ],
      },
      {
        author: 22,
        hoursLater: 20,
        votes: 2,
        body: "Also check the waiting time: if you wait 15 minutes at a slow restaurant, you get paid for 10 of them. Make sure you tap *Arrived at restaurant* as soon as you get there.",
      },
    ],
  },
  {
    title: "Courier app keeps logging me out in the middle of a shift",
    body: "Three times this week the courier app logged me out mid-delivery and I had to sign in again, losing a few minutes each time. Android phone, latest app version.",
    tags: ["courier-app", "logout", "android"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 20,
    author: 23,
    votes: 3,
    comments: [{ body: "Do you use a battery saver or a cleaner app? Those kill the session.", author: 17 }],
    answers: [
      {
        author: 17,
        hoursLater: 3,
        votes: 3,
        body: `What fixed it for me:

1. Settings → Apps → Rapidito Courier → Battery → **Unrestricted**.
2. Remove it from any "cleaner" or "phone booster" app.
3. Allow location **all the time** (not only while using) — if location drops, the app restarts the session.`,
        comments: [{ body: "Battery was set to optimised. Changed to unrestricted, no logouts since.", author: 23, hoursLater: 48 }],
      },
      {
        author: 19,
        hoursLater: 6,
        votes: 1,
        body: "If it still happens after that, send the app logs from Profile → Help → Send diagnostics. Support needs the log to escalate it.",
      },
    ],
  },
  {
    title: "Tips not showing in my weekly payout",
    body: "Several customers told me they tipped through the app, but my weekly payout looks like it only has the delivery fees. Where can I check tips?",
    tags: ["tips", "payouts", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 35,
    author: 17,
    votes: 2,
    answers: [
      {
        author: 19,
        hoursLater: 4,
        votes: 4,
        accepted: true,
        body: "Tips customers add **after** delivery (they have up to 72 h) land in the payout of the week they're added, not the week of the delivery. In Earnings → History, each order has a *Tip* line; late tips show a small clock icon. So some of last week's tips will be in this week's payout.",
        comments: [{ body: "Found them in this week's history. Thanks, that explains it.", author: 17 }],
      },
    ],
  },
  {
    title: "Customer not answering and not at home — what is the procedure?",
    body: "New courier. I'm at the door, the customer doesn't answer the bell or the phone. How long should I wait, and what do I do with the order?",
    tags: ["failed-delivery", "procedure", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 58,
    author: 23,
    votes: 3,
    answers: [
      {
        author: 19,
        hoursLater: 1,
        votes: 7,
        accepted: true,
        body: `The app walks you through it, but in short:

1. Tap **Customer unavailable** — this starts a timer (5 min for food, 3 min for parcels).
2. Call through the app at least once during the timer (the call is logged).
3. When it ends:
   - **Food**: follow the app's instruction (usually dispose of it; you're still paid).
   - **Parcels**: safe place only if the customer allowed it, otherwise bring it back to the depot.

Never leave a parcel outside without permission — that's what gets couriers deactivated.`,
      },
    ],
  },
  {
    title: "Am I covered if I have an accident during a delivery?",
    body: "I deliver by bike. If I get hurt or damage someone's car during a delivery, does Rapidito's insurance cover me?",
    tags: ["insurance", "accident", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 70,
    author: 21,
    votes: 4,
    answers: [
      {
        author: 19,
        hoursLater: 5,
        votes: 5,
        body: `There's accident and third-party cover **while you're on an active delivery** (from accepting the order until you complete it). It does not cover the time you're online but without an order.

Details are in the courier app under Profile → Insurance. Report any incident in the app within 24 h, and take photos and contact details at the scene.`,
      },
      {
        author: 17,
        hoursLater: 30,
        votes: 2,
        body: "I'd still get personal accident insurance of your own — the gap between orders isn't covered and that's a lot of riding time.",
      },
    ],
  },
  {
    title: "Best way to batch orders to earn more per hour?",
    body: "I see some couriers doing two or three orders at a time. Is it worth accepting batched orders? Any tips for making more per hour without riding like crazy?",
    tags: ["batching", "earnings", "tips-and-tricks"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 85,
    author: 15,
    votes: 6,
    answers: [
      {
        author: 19,
        hoursLater: 3,
        votes: 8,
        body: `After three years, my rules:

- Accept batches when **both pickups are at the same place** (malls, dark stores). Two restaurants in different streets rarely pay off.
- Work the **lunch and dinner peaks** and skip the dead hours — hourly earnings double.
- Stay near clusters of restaurants between orders, not at home.
- Always tap *Arrived* on time: waiting time is paid.`,
      },
      {
        author: 22,
        hoursLater: 8,
        votes: 3,
        body: "Y los días de lluvia: más pedidos y bonificación. Con buen equipo de lluvia es cuando más se gana.",
      },
      {
        author: 17,
        hoursLater: 26,
        votes: 2,
        body: "Watch your acceptance rate though — batches you accept and then struggle with lower your on-time rating, which affects which orders you're offered.",
      },
    ],
  },
  {
    title: "GPS in the courier app keeps sending me to the back entrance",
    body: "For a specific apartment block the app always routes me to the back gate, which is locked. I lose 5 minutes every time walking around. Can I fix this?",
    tags: ["gps", "navigation", "courier-app"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 14,
    author: 17,
    answers: [
      {
        author: 19,
        hoursLater: 6,
        votes: 3,
        body: "After you deliver, use **Report address issue → Wrong entrance** and drop the pin on the right gate. When a few couriers report the same spot, the pin for that building is corrected for everyone.",
      },
    ],
  },
  {
    title: "Weekly payout is two days late — is anyone else affected?",
    body: 'Payouts usually arrive on Tuesdays. It\'s Thursday and nothing. The app says "Processing". Anyone else?',
    tags: ["payouts", "delay", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 2,
    author: 23,
    answers: [],
  },
  {
    title: "Can I deliver with an e-bike, and do I need to register it?",
    body: "I'm switching from a regular bike to an e-bike. Do I need to tell Rapidito, and does it change the orders I get?",
    tags: ["e-bike", "vehicle", "courier"],
    category: "couriers",
    locale: "en",
    askedDaysAgo: 5,
    author: 21,
    answers: [
      {
        author: 17,
        hoursLater: 12,
        votes: 2,
        body: "Yes, change it in Profile → Vehicle. E-bikes get a slightly bigger delivery radius than regular bikes. If it's a pedal-assist one (no throttle) you don't need plates or extra documents.",
      },
    ],
  },
  {
    title: "El paquete figura como entregado pero nunca me llegó",
    body: 'El seguimiento dice "Entregado" ayer a las 12:05, pero yo estaba en casa y nadie tocó el timbre. Ya pregunté en portería y a los vecinos. ¿Qué hago?',
    tags: ["entregado-no-recibido", "paquete-perdido"],
    category: "tracking",
    locale: "es",
    askedDaysAgo: 42,
    author: 10,
    votes: 3,
    answers: [
      {
        author: 3,
        hoursLater: 2,
        votes: 5,
        accepted: true,
        body: `Me pasó hace poco. Lo que funcionó:

1. En el pedido mira la **prueba de entrega** (foto y ubicación). Si la foto no es tu puerta, haz captura.
2. Espera 24 h: a veces lo marcan antes de tiempo y lo entregan más tarde.
3. Después: pedido → *Problema con la entrega* → **No lo recibí**, y adjunta la captura.

En dos o tres días te ofrecen reembolso o reenvío.`,
        comments: [{ body: "La foto era de otro portal. Lo reporté y me lo reenvían. ¡Gracias!", author: 10 }],
      },
    ],
  },
  {
    title: "¿Cuánto tarda en llegar el reembolso a la tarjeta?",
    body: 'Devolví unas zapatillas y en la app pone "Reembolso emitido" desde hace cuatro días. En la cuenta del banco no veo nada.',
    tags: ["reembolso", "plazos"],
    category: "returns",
    locale: "es",
    askedDaysAgo: 33,
    author: 8,
    votes: 2,
    answers: [
      {
        author: 3,
        hoursLater: 3,
        votes: 3,
        body: 'Con tarjeta de débito suele tardar de 3 a 5 días hábiles desde que pone "Reembolso emitido"; con crédito puede irse a 10 y aparecer en el siguiente extracto. Si se pasa, en el pedido hay un **número de referencia** del reembolso para que tu banco lo busque.',
        comments: [{ body: "Llegó al quinto día hábil. Gracias.", author: 8 }],
      },
    ],
  },
  {
    title: "Me llegó un producto distinto al que pedí",
    body: "Pedí una batidora y me llegó una tostadora. ¿Tengo que pagar yo el envío de la devolución?",
    tags: ["producto-equivocado", "devolucion"],
    category: "returns",
    locale: "es",
    askedDaysAgo: 19,
    author: 2,
    votes: 1,
    answers: [
      {
        author: 14,
        hoursLater: 2,
        votes: 3,
        accepted: true,
        body: `No, si el error es suyo la devolución es gratis. En el pedido → *Devolver o cambiar* → motivo **Recibí un producto equivocado**:

- Elige *Cambio* para que te manden la batidora.
- Puedes pedir que el repartidor recoja la tostadora al entregarte la correcta.`,
        comments: [{ body: "Perfecto, cambio pedido. Gracias Emily.", author: 2 }],
      },
    ],
  },
  {
    title: "El repartidor no encuentra mi dirección porque la calle no tiene número",
    body: "Vivo en una parcela en las afueras, la calle no tiene numeración y los repartidores siempre se pierden. Ya me devolvieron un pedido.",
    tags: ["direccion", "entrega-fallida"],
    category: "tracking",
    locale: "es",
    askedDaysAgo: 61,
    author: 7,
    votes: 2,
    answers: [
      {
        author: 22,
        hoursLater: 3,
        votes: 4,
        accepted: true,
        body: `Soy repartidora, esto es lo que nos ayuda de verdad:

- **Mueve el pin** del mapa hasta tu portón exacto (Direcciones → Editar → Ajustar ubicación). La app nos lleva al pin, no al nombre de la calle.
- En las indicaciones pon referencias visibles: "portón verde, frente a la parada del autobús".
- Deja el teléfono correcto y contesta números desconocidos en la franja de entrega.`,
        comments: [{ body: "Ajusté el pin y el último pedido llegó sin llamadas. Gracias Laura.", author: 7, hoursLater: 96 }],
      },
    ],
  },
  {
    title: "¿Puedo cambiar la dirección de entrega después de pagar?",
    body: "Hice el pedido con la dirección de mi casa pero mañana estaré en la oficina. El pedido ya está pagado y preparado.",
    tags: ["cambio-de-direccion", "entrega"],
    category: "tracking",
    locale: "es",
    askedDaysAgo: 11,
    author: 6,
    votes: 1,
    answers: [
      {
        author: 3,
        hoursLater: 1,
        votes: 2,
        accepted: true,
        body: "Mientras no esté *En reparto*, sí: en el pedido → **Entregar en otro lugar**. Puedes poner otra dirección de la misma ciudad o un punto de recogida. Si ya salió a reparto, solo se puede desviar a punto de recogida.",
      },
    ],
  },
  {
    title: "El paquete llegó con la caja abierta y falta una pieza",
    body: "Pedí un juego de sartenes y la caja llegó abierta, con cinta de otro color. Falta la tapa grande. ¿Cómo lo reclamo?",
    tags: ["paquete-danado", "falta-pieza"],
    category: "returns",
    locale: "es",
    askedDaysAgo: 24,
    author: 13,
    votes: 2,
    answers: [
      {
        author: 14,
        hoursLater: 4,
        votes: 3,
        body: `Haz fotos de la caja por todos los lados (la cinta distinta es importante) y del contenido. Luego, en el pedido → *Reportar un problema* → **Llegó dañado o incompleto**, dentro de las 48 h.

Puedes pedir que te envíen solo la pieza que falta o el reembolso parcial.`,
      },
    ],
  },
  {
    title: "Repartidores: ¿cómo se calcula la tarifa por kilómetro?",
    body: "Empecé hace poco como repartidor en moto. A veces un pedido de 6 km paga casi lo mismo que uno de 3 km. ¿Cómo calculan la distancia?",
    tags: ["tarifas", "repartidores", "distancia"],
    category: "couriers",
    locale: "es",
    askedDaysAgo: 53,
    author: 9,
    votes: 3,
    answers: [
      {
        author: 22,
        hoursLater: 2,
        votes: 6,
        accepted: true,
        body: `La distancia que se paga es la **estimada en línea recta** entre recogida y entrega (con un ajuste), no el recorrido real. Por eso los pedidos con rodeos (ríos, autopistas) pagan menos de lo que parece.

El desglose de cada pedido está en *Ganancias → Historial*: tarifa base, distancia, espera, bonificación y propina. Si ves un pedido con una distancia claramente mal, puedes reclamarlo desde ahí.`,
        comments: [{ body: "No sabía lo de la línea recta. Ya entiendo los pedidos del otro lado del río.", author: 9 }],
      },
    ],
  },
  {
    title: "La app de repartidor no me deja aceptar pedidos",
    body: 'Estoy conectada y me llegan pedidos, pero al darle a Aceptar sale "No disponible" y desaparece. Me pasa desde ayer.',
    tags: ["app-repartidor", "pedidos", "error"],
    category: "couriers",
    locale: "es",
    askedDaysAgo: 8,
    author: 12,
    votes: 1,
    comments: [
      { body: "¿Tienes la documentación al día? Si caduca el seguro o el permiso, la app sigue mostrando pedidos pero no deja aceptarlos.", author: 22 },
    ],
    answers: [
      {
        author: 22,
        hoursLater: 2,
        votes: 2,
        body: "Revisa Perfil → Documentos: si algo aparece en amarillo o rojo (seguro del vehículo, permiso de circulación), súbelo de nuevo. La validación tarda unas horas.",
      },
      {
        author: 17,
        hoursLater: 5,
        votes: 1,
        body: "Also happens if the order is offered to several couriers and someone else took it first. If it's every single order, it's the documents thing.",
        comments: [{ body: "Era el seguro, se venció el lunes. Lo subí y ya puedo aceptar.", author: 12 }],
      },
    ],
  },
  {
    title: "¿Cuándo se cobran las propinas como repartidor?",
    body: "Algunos clientes me dejan propina en la app. ¿Se paga con la liquidación semanal o aparte?",
    tags: ["propinas", "liquidacion", "repartidores"],
    category: "couriers",
    locale: "es",
    askedDaysAgo: 75,
    author: 7,
    votes: 2,
    answers: [
      {
        author: 22,
        hoursLater: 5,
        votes: 4,
        accepted: true,
        body: "Van en la liquidación semanal, el 100 % para ti. Ojo: el cliente puede añadir propina hasta 72 h después de la entrega, así que algunas caen en la semana siguiente. En el historial verás un icono de reloj en las propinas tardías.",
      },
    ],
  },
  {
    title: "Pedido de supermercado con productos a punto de caducar",
    body: "Me llegaron yogures que caducan mañana y pan del día anterior. ¿Esto se puede reclamar o es normal en los pedidos a domicilio?",
    tags: ["supermercado", "caducidad", "reclamacion"],
    category: "returns",
    locale: "es",
    askedDaysAgo: 1,
    author: 8,
    answers: [],
  },
  {
    title: "El seguimiento dice 'Incidencia en el reparto' y nada más",
    body: 'Desde esta mañana el pedido pone "Incidencia en el reparto" sin más información. Nadie me llamó. ¿Qué significa?',
    tags: ["incidencia", "seguimiento"],
    category: "tracking",
    locale: "es",
    askedDaysAgo: 0.4,
    author: 2,
    answers: [],
  },
  {
    title: "Recogieron mi devolución hace dos semanas y no hay reembolso",
    body: 'El repartidor recogió la devolución el día 3 (tengo el justificante). En la app la devolución sigue "En camino al almacén".',
    tags: ["devolucion", "reembolso", "retraso"],
    category: "returns",
    locale: "es",
    askedDaysAgo: 16,
    author: 6,
    votes: 1,
    answers: [
      {
        author: 3,
        hoursLater: 6,
        votes: 2,
        body: "Si tienes el justificante de recogida y han pasado más de 10 días hábiles, abre *Mi devolución no ha llegado* desde la devolución y sube el justificante. Con eso suelen reembolsar aunque el paquete siga sin escanear en el almacén.",
        comments: [{ body: "Hecho. Me reembolsaron al día siguiente con el justificante.", author: 6 }],
      },
    ],
  },
  {
    title: "Repartidor en moto: ¿quién paga si me multan durante un reparto?",
    body: "Me pusieron una multa por estacionar en zona de carga y descarga mientras entregaba. ¿Rapidito cubre algo de esto o va por mi cuenta?",
    tags: ["multas", "repartidores", "moto"],
    category: "couriers",
    locale: "es",
    askedDaysAgo: 7,
    author: 13,
    answers: [],
  },
];
