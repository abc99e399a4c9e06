export { CONCENTRATION_DEFAULTS, concentrationTop } from "./top";
export { concentrationHhi } from "./hhi";
