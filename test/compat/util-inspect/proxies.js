// proxies print as their target (transparent handlers), revoked proxies as "<Revoked Proxy>"
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy, [proxy], { p: proxy });
console.log(new Proxy({ a: 1 }, {}), new Proxy([1, 2], {}), new Proxy(function named() {}, {}));
console.log(new Proxy(new Date(0), {}) instanceof Date);
