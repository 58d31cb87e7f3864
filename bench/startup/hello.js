// Startup: the whole process of printing one line.
'use strict';
console.log('hello world');
