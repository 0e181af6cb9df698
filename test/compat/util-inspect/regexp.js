// regular expressions with flags, subclasses, extra properties
console.log(/abc/, /a+b*/gi, /[/]\//u, new RegExp('x', 'dgimsuy'), new RegExp(''));
console.log([/x/], { re: /y/m });
class MyRe extends RegExp {}
console.log(new MyRe('z'));
const r = /w/;
r.extra = 1;
console.log(r);
