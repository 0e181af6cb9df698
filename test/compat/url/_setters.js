'use strict';
// Applies url[property] = value to a fresh URL per case and prints the href and the property after.
module.exports = function setters(property, cases) {
  for (const [href, value] of cases) {
    const url = new URL(href);
    let outcome;
    try {
      url[property] = value;
      outcome = `${url.href} (${property}=${JSON.stringify(url[property])})`;
    } catch (err) {
      outcome = `${err.name} ${err.code}`;
    }
    console.log(`${href} ${property}=${JSON.stringify(value)} -> ${outcome}`);
  }
};
