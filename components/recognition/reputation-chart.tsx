import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { AreaClosed, LinePath } from "@visx/shape";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReputationPoint } from "@/lib/profiles/reputation-series";

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 28, bottom: 28, left: 48 };

const dayOf = (p: ReputationPoint) => new Date(`${p.day}T00:00:00Z`);

// Drawn on the server as plain SVG (no client JavaScript); the axes use the viewer's language, and a table carries the same data for screen readers.
export async function ReputationChart({ points }: { points: ReputationPoint[] }) {
  const t = await getTranslations("profile");
  const format = await getFormatter();
  if (points.length === 0) return <p className="text-sm text-muted">{t("chartEmpty")}</p>;
  // A single day still draws a line: it starts from nothing the day before.
  const series = points.length === 1 ? [{ day: new Date(dayOf(points[0]!).getTime() - 86_400_000).toISOString().slice(0, 10), total: 0 }, ...points] : points;
  const values = series.map((p) => p.total);
  const x = scaleUtc({ domain: [dayOf(series[0]!), dayOf(series.at(-1)!)], range: [0, WIDTH - MARGIN.left - MARGIN.right] });
  const y = scaleLinear({ domain: [Math.min(0, ...values), Math.max(10, ...values)], range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0], nice: true });
  const last = points.at(-1)!;
  const summary = t("chartSummary", { total: last.total, date: format.dateTime(dayOf(last), { dateStyle: "long" }) });
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby="rep-chart-title rep-chart-desc">
        <title id="rep-chart-title">{t("chartTitle")}</title>
        <desc id="rep-chart-desc">{summary}</desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <AreaClosed data={series} x={(p) => x(dayOf(p))} y={(p) => y(p.total)} yScale={y} fill="var(--color-accent)" fillOpacity={0.08} />
          <LinePath data={series} x={(p) => x(dayOf(p))} y={(p) => y(p.total)} stroke="var(--color-accent)" strokeWidth={2} />
          <AxisLeft
            scale={y}
            numTicks={4}
            tickFormat={(v) => format.number(Number(v))}
            stroke="#d1d5db"
            tickStroke="#d1d5db"
            tickLabelProps={{ fill: "#4b5563", fontSize: 11, fontFamily: "inherit", textAnchor: "end", dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={HEIGHT - MARGIN.top - MARGIN.bottom}
            scale={x}
            numTicks={5}
            tickFormat={(d) => format.dateTime(d as Date, { month: "short", day: "numeric" })}
            stroke="#d1d5db"
            tickStroke="#d1d5db"
            tickLabelProps={{ fill: "#4b5563", fontSize: 11, fontFamily: "inherit", textAnchor: "middle" }}
          />
        </Group>
      </svg>
      <figcaption className="mt-1 text-xs text-muted">{summary}</figcaption>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-muted">{t("chartData")}</summary>
        <table className="mt-1 w-full max-w-sm text-left">
          <thead>
            <tr>
              <th scope="col" className="py-0.5 font-medium">
                {t("chartDay")}
              </th>
              <th scope="col" className="py-0.5 text-right font-medium">
                {t("chartTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day} className="border-t border-line">
                <td className="py-0.5">{format.dateTime(dayOf(p), { dateStyle: "medium" })}</td>
                <td className="py-0.5 text-right tabular-nums">{format.number(p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
