import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import { LitElement, html } from "lit";
import type { PlatformBudget } from "./api";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const names: Record<string, string> = { xseries: "Retail POS (X-Series)", ecom: "eCom (Ecwid)" };
const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** One platform's API calls per budget window, as a bar chart scaled to the budget, with the same figures as a table. */
export class BudgetChart extends LitElement {
  static properties = { budget: { attribute: false } };
  declare budget: PlatformBudget;
  private chart?: Chart;

  createRenderRoot() {
    return this;
  }

  render() {
    const b = this.budget;
    const latest = b.windows[b.windows.length - 1];
    return html`<figure class="chart" data-platform=${b.platform}>
      <figcaption>
        <strong>${names[b.platform] ?? b.platform}</strong>: ${latest.calls} of ${b.budget} calls in this window
      </figcaption>
      <div class="canvas"><canvas role="img" aria-label="${names[b.platform] ?? b.platform} API calls per window"></canvas></div>
      <details>
        <summary>Figures</summary>
        <table>
          <thead><tr><th scope="col">Window from</th><th scope="col">Calls</th></tr></thead>
          <tbody>${b.windows.map((w) => html`<tr><td>${time(w.start)}</td><td>${w.calls}</td></tr>`)}</tbody>
        </table>
      </details>
    </figure>`;
  }

  updated() {
    const labels = this.budget.windows.map((w) => time(w.start));
    const data = this.budget.windows.map((w) => w.calls);
    if (this.chart) {
      this.chart.data.labels = labels;
      this.chart.data.datasets[0].data = data;
      this.chart.update("none");
      return;
    }
    this.chart = new Chart(this.querySelector("canvas")!, {
      type: "bar",
      data: { labels, datasets: [{ label: "calls", data, backgroundColor: "#0b5cad" }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, suggestedMax: this.budget.budget } },
      },
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}
customElements.define("budget-chart", BudgetChart);
