import { LitElement, html, nothing } from "lit";
import { ApiError, get, type Me } from "./api";
import "./styles.css";
import "./sign-in";
import "./pages/bell";
import "./pages/operations";

interface Page {
  path: string;
  title: string;
  role: string;
  render: (me: Me) => unknown;
}

const pages: Page[] = [
  { path: "/", title: "Notifications", role: "staff", render: (me) => html`<bell-page .me=${me}></bell-page>` },
  { path: "/operations", title: "Operations", role: "operator", render: () => html`<operations-page></operations-page>` },
];

/** The shell: who is signed in, the navigation, the bell's unread count, and the page the address names. */
export class SyncConsole extends LitElement {
  static properties = { me: { state: true }, signedOut: { state: true }, error: { state: true } };
  me?: Me;
  signedOut = false;
  error?: string;

  // Light DOM: one stylesheet for the whole page.
  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.me = await get<Me>("/api/console/me");
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 401) {
        this.signedOut = true;
      } else {
        this.error = (e as Error).message;
      }
    }
  }

  render() {
    const page = pages.find((p) => p.path === location.pathname) ?? pages[0];
    document.title = `${page.title} · Sync console`;
    return html`
      <a class="skip" href="#main">Skip to content</a>
      <header>
        <span class="brand">Sync console</span>
        ${this.me
          ? html`<nav aria-label="Pages">
                ${pages
                  .filter((p) => this.me!.roles.includes(p.role))
                  .map((p) => html`<a href=${p.path} aria-current=${p === page ? "page" : nothing}>${p.title}</a>`)}
              </nav>
              <span class="who">${this.me.name} · <a href="/.auth/logout?post_logout_redirect_uri=/">Sign out</a></span>`
          : nothing}
      </header>
      <main id="main" tabindex="-1">
        ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
        ${this.signedOut ? html`<sign-in></sign-in>` : nothing}
        ${this.me ? html`<h1>${page.title}</h1>${page.render(this.me)}` : nothing}
      </main>
    `;
  }
}
customElements.define("sync-console", SyncConsole);
