	cli /* a
 b */ ; sti
