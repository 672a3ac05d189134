import { LitElement, html, nothing } from "lit";
import { get, type Me } from "./api";
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
  static properties = { me: { state: true }, signedOut: { state: true }, error: { state: true }, unread: { state: true } };
  declare me?: Me;
  declare unread: number;
  declare signedOut: boolean;
  declare error?: string;

  constructor() {
    super();
    this.unread = 0;
    this.signedOut = false;
  }

  // Light DOM: one stylesheet for the whole page.
  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      const me = await get<Me>("/api/console/me");
      this.me = me.signedIn ? me : undefined;
      this.signedOut = !me.signedIn;
    } catch (e) {
      this.error = (e as Error).message;
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
                  .map((p) => html`<a href=${p.path} aria-current=${p === page ? "page" : nothing}>${p.title}${p.path === "/" && this.unread
                    ? html` <span class="badge" aria-label="${this.unread} unread">${this.unread}</span>`
                    : nothing}</a>`)}
              </nav>
              <span class="who">${this.me.name} · <a href="/.auth/logout?post_logout_redirect_uri=/">Sign out</a></span>`
          : nothing}
      </header>
      <main id="main" tabindex="-1" @unread=${(e: CustomEvent<number>) => (this.unread = e.detail)}>
        ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
        ${this.signedOut ? html`<sign-in></sign-in>` : nothing}
        ${this.me ? html`<h1>${page.title}</h1>${page.render(this.me)}` : nothing}
      </main>
    `;
  }
}
customElements.define("sync-console", SyncConsole);
