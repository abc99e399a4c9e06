/**
 * A simulator view whose code is loaded when the view is first built (a separate webpack chunk), so that the
 * page's first scripts stay within the pane's budget: the Créances view and its charts load when the tab is
 * built, not with the page. The view's element is there at once; its content follows.
 */
import type { PaneContext, SimulatorView } from "./context";
import { h } from "./dom";

export type ViewFactory<I> = (context: PaneContext, inputs: I) => SimulatorView;

export const lazyView =
  <I>(load: () => Promise<ViewFactory<I>>): ViewFactory<I> =>
  (context, inputs) => {
    const element = h("div", { class: "lazy-view" });
    let view: SimulatorView | undefined;
    let destroyed = false;
    load().then(
      (factory) => {
        if (destroyed) return;
        view = factory(context, inputs);
        element.replaceChildren(view.element);
      },
      (error: unknown) => {
        if (!destroyed) element.replaceChildren(h("p", { class: "field-error", text: context.t("actionFailed", { message: String(error) }) }));
      },
    );
    return {
      element,
      destroy: () => {
        destroyed = true;
        view?.destroy();
      },
    };
  };
