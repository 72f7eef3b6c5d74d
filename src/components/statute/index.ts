// The components the statute MDX uses, passed to <Content components={…}>.
import L from './L.astro';
import Fn from './Fn.astro';
import Hd from './Hd.astro';
import Gap from './Gap.astro';
import Ed from './Ed.astro';

export const statuteComponents = { L, Fn, Hd, Gap, Ed };
