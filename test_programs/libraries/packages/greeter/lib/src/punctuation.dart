const exclamation = '!';
