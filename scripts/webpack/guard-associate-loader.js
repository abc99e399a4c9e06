/* global module */
/*
 * custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", fn);` to the functions file.
 * In a plain browser (the task pane's preview mode, and its browser tests) there is no `CustomFunctions`
 * global, so the first of those lines would throw a ReferenceError. This loader runs right after the
 * plugin's own loader and puts the appended calls behind one `typeof` check.
 */
"use strict";

const ASSOCIATE_LINE = /^CustomFunctions\.associate\("[^"]+", [A-Za-z_$][\w$]*\);$/gm;

module.exports = function guardAssociateCalls(source) {
  const calls = source.match(ASSOCIATE_LINE);
  if (!calls) return source;
  const withoutCalls = source.replace(ASSOCIATE_LINE, "");
  return (
    withoutCalls.trimEnd() +
    '\nif (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {\n  ' +
    calls.join("\n  ") +
    "\n}\n"
  );
};
