export { concentrationTop } from "./top";
export { concentrationHhi } from "./hhi";
