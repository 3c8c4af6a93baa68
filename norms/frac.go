package norms

import (
	"math/big"

	"github.com/pfdo-go/pfdo/pfdo"
)

// frac is an exact fraction n/d (d > 0) that is not reduced after each operation: the formulas
// multiply and add a few dozen small decimals, and reducing once at the end (rat) is several
// times faster than big.Rat's reduction at every step.
type frac struct{ n, d *big.Int }

var bigOne = big.NewInt(1)

func fracInt(x int64) frac { return frac{big.NewInt(x), bigOne} }

// fracOf converts an exact decimal: coefficient × 10^exponent.
func fracOf(r pfdo.Rate) frac {
	d := r.Decimal()
	coef, exp := d.Coefficient(), d.Exponent()
	if exp >= 0 {
		return frac{coef.Mul(coef, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)), bigOne}
	}
	return frac{coef, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-exp)), nil)}
}

func (a frac) mul(b frac) frac {
	return frac{new(big.Int).Mul(a.n, b.n), new(big.Int).Mul(a.d, b.d)}
}

// quo returns a / b; b must not be zero (the callers check divisors first).
func (a frac) quo(b frac) frac {
	n, d := new(big.Int).Mul(a.n, b.d), new(big.Int).Mul(a.d, b.n)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	return frac{n, d}
}

func (a frac) add(b frac) frac {
	if a.d == b.d || a.d.Cmp(b.d) == 0 {
		return frac{new(big.Int).Add(a.n, b.n), a.d}
	}
	n := new(big.Int).Mul(a.n, b.d)
	n.Add(n, new(big.Int).Mul(b.n, a.d))
	return frac{n, new(big.Int).Mul(a.d, b.d)}
}

func (a frac) sub(b frac) frac { return a.add(frac{new(big.Int).Neg(b.n), b.d}) }

func (a frac) sign() int { return a.n.Sign() }

// rat returns the reduced value.
func (a frac) rat() *big.Rat { return new(big.Rat).SetFrac(a.n, a.d) }

func product(xs ...frac) frac {
	out := xs[0]
	for _, x := range xs[1:] {
		out = out.mul(x)
	}
	return out
}

func sum(xs ...frac) frac {
	out := xs[0]
	for _, x := range xs[1:] {
		out = out.add(x)
	}
	return out
}
