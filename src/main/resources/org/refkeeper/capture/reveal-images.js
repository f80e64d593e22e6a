// WeChat-style images keep their address in data-src until a script that watches scrolling copies it to src.
// Where that has not happened the image is pointed at it here, so that the page, not refkeeper, requests it,
// with the page as Referer (image hosts refuse others). A WeChat image post lists its pictures in its data
// (picture_page_info_list) and shows them one at a time in a swiper; a video or audio post shows its poster
// only once it plays: those pictures are asked for here too, by the page. Gives how many it asked for.
() => {
  let revealed = 0;
  const listed = [];
  const data = window.cgiDataNew || {};
  const pictures = window.picture_page_info_list || data.picture_page_info_list;
  if (Array.isArray(pictures)) {
    for (const p of pictures) {
      if (p && typeof p.cdn_url === 'string') listed.push(p.cdn_url);
    }
  }
  const kind = String(window.item_show_type || data.item_show_type || '0');
  const cover = document.querySelector('meta[property="og:image"]');
  if (kind !== '0' && cover && cover.content) listed.push(cover.content);
  const shown = new Set([...document.images].map(i => i.currentSrc || i.src));
  window.__refkeeperListed = [];
  for (const address of listed.map(u => u.replace(/&amp;/g, '&'))) {
    if (/^https?:[/][/]/.test(address) && !shown.has(address)) {
      const img = new Image();
      img.src = address;
      window.__refkeeperListed.push(img);
      shown.add(address);
      revealed++;
    }
  }
  for (const img of document.querySelectorAll('img[data-src]')) {
    const wanted = img.getAttribute('data-src');
    const src = img.getAttribute('src') || '';
    const placeholder = src === '' || src.startsWith('data:') || src === 'about:blank'
        || (img.complete && img.naturalWidth === 0);
    if (wanted && wanted !== src && placeholder) {
      img.src = wanted;
      revealed++;
    }
  }
  return revealed;
}
