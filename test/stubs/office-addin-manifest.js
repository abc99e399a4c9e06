/* global module */
// Stand-in for office-addin-manifest under Jest: office-addin-mock only reads the OfficeApp enum from it
// (the real package pulls ESM-only dependencies that Jest 30 cannot load). See ../shared/OFFICE-NOTES.md.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
};
