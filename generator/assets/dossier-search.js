// Pagefind's search box above the content of every page (search: pagefind in dossier.yml).
document.addEventListener("DOMContentLoaded", function () {
  var content = document.querySelector(".md-content");
  if (!content || typeof PagefindUI === "undefined") return;
  var box = document.createElement("div");
  box.id = "dossier-search";
  box.setAttribute("data-pagefind-ignore", "all");
  content.prepend(box);
  new PagefindUI({ element: "#dossier-search", showSubResults: true, showImages: false });
});
