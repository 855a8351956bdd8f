import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from "lit";
import {
  LIFECYCLE_STAGES,
  concentration,
  lifecycleStages,
  type ConcentrationResult,
  type LifecycleStageKey,
  type LifecycleStagesResult,
  type Result,
} from "@keylens/engine";
import { formatCompact, formatNumber, formatPercent } from "./format-number.ts";
import { KeylensElement } from "./keylens-element.ts";
import type { DataRow } from "./parse-csv.ts";
import type { ParetoMethod } from "./pareto.ts";
import { baseStyles } from "./theme.ts";
import { missingField } from "./tier-rows.ts";

const STAGE_ORDER: readonly LifecycleStageKey[] = [
  "exploration",
  "formation",
  "stability",
  "decline",
  "unclassified",
  "insufficient_data",
];
const NARROW = 760;

/**
 * A key-account dashboard for a portal (大客户分析): headline figures (customers, total value, Gini, top-20 % share
 * of value), the Pareto chart, the quadrant chart, lifecycle stages and the tier table, all over the same customers.
 * Every figure comes from the engine (`concentration`, `lifecycleStages`, `customerTiers`, `presetQuadrants`).
 *
 * @fires keylens-select - from any panel: `{customers, kind, tier?, quadrant?}`
 * @fires keylens-export - cancellable, from any panel's export buttons
 * @csspart header - title and headline figures
 * @csspart kpi - one headline figure
 * @csspart panel - each panel
 * @csspart lifecycle - the lifecycle-stage panel
 * @cssprop --keylens-panel-gap - space between panels (defaults to 16px)
 */
export class KeylensDashboard extends KeylensElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        background: transparent;
      }
      .dash {
        display: grid;
        gap: var(--keylens-panel-gap, 16px);
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .dash.narrow {
        grid-template-columns: minmax(0, 1fr);
      }
      .panel {
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 8px;
        padding: 14px 16px;
        min-width: 0;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
        gap: 12px;
        margin: 10px 0 0;
        padding: 0;
        list-style: none;
      }
      .kpi {
        background: var(--_surface);
        border-radius: 6px;
        padding: 10px 12px;
      }
      .kpi .label {
        color: var(--_muted);
        font-size: 0.86em;
      }
      .kpi .figure {
        font-size: 1.5em;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
        line-height: 1.3;
      }
      .kpi .sub {
        color: var(--_muted);
        font-size: 0.82em;
      }
      .stage-bar {
        fill: var(--_accent);
        opacity: 0.85;
      }
      .stage {
        all: unset;
        box-sizing: border-box;
        cursor: pointer;
        width: 100%;
        display: grid;
        grid-template-columns: 6.5em 1fr auto 3.5em;
        align-items: center;
        gap: 4px 10px;
        padding: 8px 6px;
        border-bottom: 1px solid var(--_grid);
      }
      .stage:hover {
        background: var(--_surface);
      }
      .stage:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: -2px;
      }
      .stage-name {
        font-weight: 600;
      }
      .stage-mix {
        color: var(--_muted);
        font-size: 0.86em;
      }
      .stage-count {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .note {
        color: var(--_muted);
        font-size: 0.86em;
        margin: 6px 0 0;
      }
      .stages-list {
        margin: 0;
        padding: 0;
        list-style: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    xField: { type: String, attribute: "x-field" },
    yField: { type: String, attribute: "y-field" },
    preset: { type: String },
    method: { type: String, reflect: true },
    volumesField: { type: String, attribute: "volumes-field" },
    profitsField: { type: String, attribute: "profits-field" },
    heading: { type: String },
  };

  /** Quadrant x measure (defaults to `ordersPerYear`, transaction frequency). */
  declare xField: string;
  /** Quadrant y measure (defaults to `shareOfWallet`, dependence). */
  declare yField: string;
  /** Quadrant preset: `loyalty` (default), `value`, or `none` for plain high/low names. */
  declare preset: string;
  /** Tiering method of the Pareto chart and the tier table (defaults to `value`). */
  declare method: ParetoMethod;
  /** Field with each customer's monthly volumes, oldest first (defaults to `monthlyVolumes`). */
  declare volumesField: string;
  /** Field with each customer's monthly profits, oldest first (defaults to `monthlyProfits`). */
  declare profitsField: string;
  /** Dashboard title; a localized default when unset. */
  declare heading: string | null;

  private cache = new WeakMap<
    object,
    Map<string, Result<ConcentrationResult> | Result<LifecycleStagesResult> | string | null>
  >();

  constructor() {
    super();
    this.xField = "ordersPerYear";
    this.yField = "shareOfWallet";
    this.preset = "loyalty";
    this.method = "value";
    this.volumesField = "monthlyVolumes";
    this.profitsField = "monthlyProfits";
    this.heading = null;
  }

  private cached<T>(rows: readonly DataRow[], key: string, compute: () => T): T {
    let map = this.cache.get(rows);
    if (!map) {
      map = new Map();
      this.cache.set(rows, map);
    }
    if (!map.has(key)) map.set(key, compute() as never);
    return map.get(key) as T;
  }

  /** The engine's concentration measures of the value field (Gini, top-20 % share, …). */
  get concentration(): Result<ConcentrationResult> | null {
    const rows = this.rows;
    if (!rows) return null;
    return this.cached(rows, `c:${this.valueField}`, () =>
      concentration(
        rows.map((r) => r?.[this.valueField]),
        { negative: "exclude", p: 0.2 },
      ),
    );
  }

  /** The engine's lifecycle stages, or null when the rows have no volume series. */
  get lifecycle(): Result<LifecycleStagesResult> | null {
    const rows = this.rows;
    if (!rows || missingField(rows, this.volumesField)) return null;
    return this.cached(rows, `l:${this.volumesField}:${this.profitsField}:${this.idField}`, () =>
      lifecycleStages(
        rows.map((r) => ({
          id: r?.[this.idField],
          volumes: (r?.[this.volumesField] ?? []) as readonly unknown[],
          profits: (r?.[this.profitsField] ?? null) as readonly unknown[] | null,
        })),
      ),
    );
  }

  override render(): TemplateResult {
    const title = this.heading ?? this.t("dashboardTitle");
    const state = this.renderDataState() ?? this.renderDeferred();
    if (state)
      return html`<div class="panel">
        <h2 class="title">${title}</h2>
        ${state}
      </div>`;
    const rows = this.rows!;
    const missing = missingField(rows, this.valueField);
    if (missing) {
      const text = this.t("errorField", { field: missing, attr: "value-field" });
      return html`<div class="panel">
        <h2 class="title">${title}</h2>
        ${this.renderError([text])}
      </div>`;
    }
    const lang = this.locale;
    const narrow = this.width > 0 && this.width < NARROW;
    // Children are separate elements: each applies `theme` (or prefers-color-scheme) to itself, so pass it on.
    const theme = this.theme ?? nothing;
    return html`<div class="dash ${narrow ? "narrow" : ""}">
      <section class="panel wide" part="header" aria-labelledby="dash-title">
        <h2 class="title" id="dash-title">${title}</h2>
        ${this.renderKpis()}
      </section>
      <section class="panel wide" part="panel">
        <keylens-pareto
          lang=${lang}
          theme=${theme}
          .customers=${rows}
          value-field=${this.valueField}
          id-field=${this.idField}
          name-field=${this.nameField}
          method=${this.method}
          @keylens-method-change=${(e: CustomEvent<{ method: ParetoMethod }>) => (this.method = e.detail.method)}
        ></keylens-pareto>
      </section>
      <section class="panel" part="panel">
        <keylens-quadrant
          lang=${lang}
          theme=${theme}
          .customers=${rows}
          x-field=${this.xField}
          y-field=${this.yField}
          id-field=${this.idField}
          name-field=${this.nameField}
          size-field=${this.valueField}
          preset=${this.preset}
          height="360"
        ></keylens-quadrant>
      </section>
      <section class="panel" part="panel lifecycle" aria-labelledby="lc-title">${this.renderLifecycle()}</section>
      <section class="panel wide" part="panel">
        <keylens-tier-table
          lang=${lang}
          theme=${theme}
          .customers=${rows}
          value-field=${this.valueField}
          id-field=${this.idField}
          name-field=${this.nameField}
          method=${this.method}
          page-size="10"
        ></keylens-tier-table>
      </section>
    </div>`;
  }

  private renderKpis(): TemplateResult {
    const rows = this.rows!;
    const c = this.concentration;
    const kpi = (label: string, figure: string, sub: string | typeof nothing = nothing) =>
      html`<li class="kpi" part="kpi">
        <div class="label">${label}</div>
        <div class="figure">${figure}</div>
        ${sub === nothing ? nothing : html`<div class="sub">${sub}</div>`}
      </li>`;
    if (!c || !c.success) {
      return html`<ul class="kpis">
          ${kpi(this.t("kpiCustomers"), formatNumber(rows.length, this.locale, 0))}
        </ul>
        ${c && !c.success ? this.renderIssues(c.issues) : nothing}`;
    }
    const d = c.data;
    const excluded = d.excluded.missing + d.excluded.negative;
    return html`<ul class="kpis">
      ${kpi(
        this.t("kpiCustomers"),
        formatNumber(rows.length, this.locale, 0),
        excluded ? this.t("kpiExcluded", { n: excluded }) : nothing,
      )}
      ${kpi(this.t("kpiTotal"), formatCompact(d.total, this.locale), this.t("kpiTotalOf", { field: this.valueField }))}
      ${kpi(this.t("kpiGini"), formatNumber(d.gini, this.locale, 3), this.t("kpiGiniHint"))}
      ${kpi(
        this.t("kpiTop20"),
        formatPercent(d.topShare.share, this.locale, 1),
        this.t("kpiTopCount", { n: formatNumber(d.topShare.count, this.locale, 0) }),
      )}
    </ul>`;
  }

  private renderLifecycle(): TemplateResult {
    const heading = html`<h3 class="title" id="lc-title">${this.t("lifecycleTitle")}</h3>`;
    const rows = this.rows!;
    if (missingField(rows, this.volumesField)) {
      return html`${heading}
        <p class="note">${this.t("errorField", { field: this.volumesField, attr: "volumes-field" })}</p>`;
    }
    const result = this.lifecycle;
    if (!result) return heading;
    if (!result.success) return html`${heading}${this.renderIssues(result.issues)}`;
    const d = result.data;
    const stages = STAGE_ORDER.filter((s) => d.counts[s] > 0 || STAGE_ORDER.indexOf(s) < 4);
    const max = Math.max(1, ...stages.map((s) => d.counts[s]));
    const barMax = 160;
    return html`${heading}
      <ul class="stages-list">
        ${stages.map((s) => {
          const info = LIFECYCLE_STAGES[s];
          const count = d.counts[s];
          const w = Math.max(1, (count / max) * barMax);
          return html`<li>
            <button type="button" class="stage" data-stage=${s} @click=${() => this.selectStage(d, s)}>
              <span class="stage-name">${info.label[this.locale]}</span>
              <span class="stage-mix">${info.marketingMix?.summary[this.locale] ?? ""}</span>
              <svg class="stage-svg" width=${barMax} height="14" aria-hidden="true">
                <rect class="stage-bar" width=${w} height="14" rx="3"></rect>
              </svg>
              <span class="stage-count">${formatNumber(count, this.locale, 0)}</span>
            </button>
          </li>`;
        })}
      </ul>
      ${d.invalid ? html`<p class="note">${result.warnings.map((w) => this.issueText(w)).join(" ")}</p>` : nothing}`;
  }

  private selectStage(d: LifecycleStagesResult, stage: LifecycleStageKey): void {
    const rows = this.rows ?? [];
    const picked = d.rows.filter((r) => r.stage === stage).map((r) => rows[r.index]!);
    this.emitSelect({ customers: picked, kind: "stage", stage });
  }

  protected override chartSvg(): SVGSVGElement | null {
    return null;
  }
}
