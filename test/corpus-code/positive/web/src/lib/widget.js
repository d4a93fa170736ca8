// Embeddable "latest posts" widget: <script src="https://cdn.acme.example.com/widget.js" data-feed="..."></script>
(function () {
  const script = document.currentScript;
  const feed = script.dataset.feed;
  const root = document.createElement("div");
  root.className = "acme-widget";
  script.after(root);

  const params = new URLSearchParams(location.search);
  const title = params.get("title") || "Latest posts";

  root.innerHTML = `<h3>${title}</h3><ul class="acme-posts"></ul>`; ⟪!html-injection⟫
  const list = root.querySelector(".acme-posts");
  const heading = document.createElement("h4");
  heading.textContent = title; ⟦⟧
  root.prepend(heading);

  fetch(feed)
    .then((r) => r.json())
    .then((posts) => {
      for (const post of posts) {
        const item = document.createElement("li");
        item.innerHTML = "<a href='" + post.url + "'>" + post.title + "</a>"; ⟪!html-injection⟫
        list.appendChild(item);
        list.insertAdjacentHTML("beforeend", post.summaryHtml); ⟪!html-injection⟫
        list.insertAdjacentHTML("beforeend", "<hr class='acme-sep'>"); ⟦⟧
        const link = document.createElement("a");
        link.href = post.url;
        link.textContent = post.title; ⟦⟧
        item.append(link);
      }
    })
    .catch(() => {
      root.innerHTML = ""; ⟦⟧
      root.outerHTML = "<div class='acme-error'>" + decodeURIComponent(location.hash.slice(1)) + "</div>"; ⟪!html-injection⟫
    });

  if (params.has("debug")) {
    document.write("<pre>" + params.get("debug") + "</pre>"); ⟪!html-injection⟫
  }
  if (window.jQuery) {
    window.jQuery("#acme-banner").html(params.get("banner")); ⟪!html-injection⟫
    window.jQuery("#acme-banner").text(params.get("banner")); ⟦⟧
  }
  const template = document.getElementById("acme-tpl");
  root.append(template.content.cloneNode(true)); ⟦⟧
  const code = params.get("onload");
  if (code) setTimeout(code, 0); ⟪!dynamic-eval⟫
  const sessionToken = Math.random().toString(36).substring(2, 15); ⟪!insecure-random-token⟫
  const shuffle = (a) => a.sort(() => Math.random() - 0.5); ⟦⟧
  const csrf = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(""); ⟦⟧
  window.acmeWidget = { sessionToken, shuffle, csrf };
})();
