package certificate

import (
	"errors"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Sentinel errors of the ledger. Refusals are *pfdo.Error values wrapping one of them, with
// Russian and English messages.
var (
	// ErrRefused: the command breaks a rule of the lifecycle or a limit; nothing changed.
	ErrRefused = errors.New("certificate: refused")
	// ErrUnknown: the command names a certificate, contract, group or category the ledger does
	// not have.
	ErrUnknown = errors.New("certificate: unknown")
	// ErrStaleBalance: the balance changed since the quote the request was made from
	// («значение Вашего номинала было изменено. Пересчитайте параметры заявки.»).
	ErrStaleBalance = errors.New("certificate: balance changed since the quote")
)

func refuse(code, field, value, ru, en string) error {
	return &pfdo.Error{Code: pfdo.Code("certificate." + code), Field: field, Value: value, Err: ErrRefused, RU: ru, EN: en}
}

func unknown(field, value, ru, en string) error {
	return &pfdo.Error{Code: "certificate.unknown", Field: field, Value: value, Err: ErrUnknown, RU: ru, EN: en}
}

const shardCount = 64

// Ledger holds certificates, their balances per financing period and their contracts, and moves
// money between them by commands (domain reference §6). Every command has an idempotency key:
// applied again, it changes nothing and returns the first result. Each applied command appends
// events to the log, and the state is the fold of the log (Replay). Time is always passed in.
//
// The ledger is safe for concurrent use: commands on different certificates run in parallel,
// and the shared limits — group places, category quotas, program and direction limits, payment
// agreement caps — are checked and taken under one short lock, so they are never exceeded.
type Ledger struct {
	rules Rules
	cat   *catalog
	seed  maphash.Seed
	seed2 maphash.Seed // the second hash of idempotency keys

	shards [shardCount]shard

	res resources

	// logMu orders the log: sequence numbers are given and events stored under it.
	logMu  sync.Mutex
	logLen int
	store  Store

	// keys remembers the result of every command by idempotency key. A retry of a command on a
	// certificate is serialised with the first try by the certificate's lock; commands over the
	// whole ledger by globalMu.
	keys     [shardCount]keyShard
	globalMu sync.Mutex
}

type shard struct {
	mu    sync.Mutex
	certs map[string]*certState
}

// keyShard remembers results by a 128-bit hash of the idempotency key (two independent seeds:
// a collision between two keys is as likely as 2⁻¹²⁸ a pair). The map holds no pointers, so the
// collector does not scan it; refusals and results that are not a log range live in extras.
type keyShard struct {
	mu     sync.Mutex
	seen   map[keyID]span
	extras []result
}

type keyID [2]uint64

// span is a remembered result: a range of the log, or, with extra > 0, extras[extra−1].
type span struct {
	first uint64
	n     int32
	extra int32
}

func (k *keyShard) get(id keyID) (result, bool) {
	sp, ok := k.seen[id]
	switch {
	case !ok:
		return result{}, false
	case sp.extra > 0:
		return k.extras[sp.extra-1], true
	}
	return result{first: sp.first, n: sp.n}, true
}

func (k *keyShard) put(id keyID, r result) {
	if r.err == nil && r.events == nil {
		k.seen[id] = span{first: r.first, n: r.n}
		return
	}
	if sp, ok := k.seen[id]; ok && sp.extra > 0 {
		k.extras[sp.extra-1] = r
		return
	}
	k.extras = append(k.extras, r)
	k.seen[id] = span{extra: int32(len(k.extras))}
}

// result is what a command answered: a refusal, or its events — as the range of sequence
// numbers they occupy in the log when contiguous (every command on one certificate), or as the
// events themselves (commands over the whole ledger interleave with others).
type result struct {
	first  uint64
	n      int32
	events []Event
	err    error
}

// resultOf remembers events, by range when they are contiguous.
func resultOf(events []Event) result {
	if len(events) == 0 {
		return result{}
	}
	if events[len(events)-1].Seq-events[0].Seq == uint64(len(events)-1) {
		return result{first: events[0].Seq, n: int32(len(events))}
	}
	return result{events: events}
}

// eventsOf returns the events of a remembered result.
func (l *Ledger) eventsOf(r result) []Event {
	if r.n == 0 {
		return r.events
	}
	if m, ok := l.store.(*MemoryStore); ok {
		return m.rangeOf(r.first, int(r.n))
	}
	all, err := l.store.Events()
	if err != nil || int(r.first)+int(r.n)-1 > len(all) {
		return nil
	}
	return slices.Clone(all[r.first-1 : int(r.first)-1+int(r.n)])
}

// resources are the shared counters the limits are checked against.
type resources struct {
	mu             sync.Mutex
	groupLiving    []int32
	programLiving  []int32
	categoryActive []int32
	categoryNoms   [][]int64 // per category and period, Σ nominals of financing certificates
	directionCount []map[pfdo.Direction]int32
	agreementUsed  []int64 // Σ(Paid + Reserved) per agreement
	queue          [][]queued
}

type queued struct {
	cert string
	key  string
}

// New makes an empty ledger over a catalog, with the money rules of a profile, keeping its log
// in memory.
func New(rules Rules, c Catalog) (*Ledger, error) { return newLedger(rules, c, &MemoryStore{}) }

// Open makes a ledger whose log is kept in store: the events already there are replayed, and
// every new event is appended to it before it changes the state.
func Open(rules Rules, c Catalog, store Store) (*Ledger, error) {
	events, err := store.Events()
	if err != nil {
		return nil, err
	}
	l, err := replay(rules, c, events, store)
	if err != nil {
		return nil, err
	}
	return l, nil
}

func newLedger(rules Rules, c Catalog, store Store) (*Ledger, error) {
	cat, err := indexCatalog(c)
	if err != nil {
		return nil, err
	}
	l := &Ledger{rules: rules, cat: cat, seed: maphash.MakeSeed(), seed2: maphash.MakeSeed(), store: store}
	for i := range l.shards {
		l.shards[i].certs = map[string]*certState{}
		l.keys[i].seen = map[keyID]span{}
	}
	r := &l.res
	r.groupLiving = make([]int32, len(c.Groups))
	r.programLiving = make([]int32, len(c.Programs))
	r.categoryActive = make([]int32, len(c.Categories))
	r.categoryNoms = make([][]int64, len(c.Categories))
	r.directionCount = make([]map[pfdo.Direction]int32, len(c.Categories))
	r.queue = make([][]queued, len(c.Categories))
	for i := range c.Categories {
		r.categoryNoms[i] = make([]int64, len(c.Periods))
		r.directionCount[i] = map[pfdo.Direction]int32{}
	}
	r.agreementUsed = make([]int64, len(c.Agreements))
	return l, nil
}

// Reserve sizes the ledger's tables for about this many certificates and commands, so that a
// region loaded at once does not pay for the tables growing step by step. It changes no state and
// may be called at any time; a ledger grows past it as needed.
func (l *Ledger) Reserve(certificates, commands int) {
	perCert, perKey := certificates/shardCount+1, commands/shardCount+1
	for i := range l.shards {
		s := &l.shards[i]
		s.mu.Lock()
		if len(s.certs) < perCert {
			grown := make(map[string]*certState, perCert)
			for k, v := range s.certs {
				grown[k] = v
			}
			s.certs = grown
		}
		s.mu.Unlock()
		k := &l.keys[i]
		k.mu.Lock()
		if len(k.seen) < perKey {
			grown := make(map[keyID]span, perKey)
			for id, sp := range k.seen {
				grown[id] = sp
			}
			k.seen = grown
		}
		k.mu.Unlock()
	}
}

func (l *Ledger) shardOf(cert string) *shard {
	return &l.shards[maphash.String(l.seed, cert)%shardCount]
}

// keyOf hashes an idempotency key and returns its shard.
func (l *Ledger) keyOf(key string) (keyID, *keyShard) {
	id := keyID{maphash.String(l.seed, key), maphash.String(l.seed2, key)}
	return id, &l.keys[id[0]%shardCount]
}

// remembered returns the result of a command already applied under key.
func (l *Ledger) remembered(key string) (result, bool) {
	id, k := l.keyOf(key)
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.get(id)
}

func (l *Ledger) remember(key string, r result) {
	id, k := l.keyOf(key)
	k.mu.Lock()
	k.put(id, r)
	k.mu.Unlock()
}

// Log returns a copy of the event log, in order.
func (l *Ledger) Log() []Event {
	l.logMu.Lock()
	defer l.logMu.Unlock()
	events, _ := l.store.Events()
	return events
}

// LogLen returns the number of events in the log.
func (l *Ledger) LogLen() int {
	l.logMu.Lock()
	defer l.logMu.Unlock()
	return l.logLen
}

// record stores events in the log and then applies them to the state; when the store fails,
// nothing changes. The caller holds the certificate's shard lock, and the resource lock when the
// events touch shared counters.
func (l *Ledger) record(s *shard, events []Event) ([]Event, error) {
	l.logMu.Lock()
	for i := range events {
		events[i].Seq = uint64(l.logLen + i + 1)
	}
	if err := l.store.Append(events); err != nil {
		l.logMu.Unlock()
		return nil, err
	}
	l.logLen += len(events)
	l.logMu.Unlock()
	for _, e := range events {
		l.apply(s, e)
	}
	return events, nil
}

// apply folds one event into the state. It never fails: events are valid by construction.
func (l *Ledger) apply(s *shard, e Event) {
	r := &l.res
	c := s.certs[e.Certificate]
	switch e.Type {
	case CertificateIssued:
		s.certs[e.Certificate] = &certState{id: e.Certificate, category: int32(l.cat.categories[e.Category]), status: pfdo.StatusAccounting}
	case ConvertedToFinancing:
		r.queue[c.category] = slices.DeleteFunc(r.queue[c.category], func(q queued) bool { return q.cert == c.id })
		c.status = pfdo.StatusFinancing
		c.trigger, c.triggerDays = e.Date, int32(l.rules.Profile.FirstRequestDays)
		c.periods = c.periods[:0]
		open := func(p int, n int64) {
			c.periods = append(c.periods, balance{period: int32(p), nominal: n, balance: n})
			r.categoryNoms[c.category][p] += n
		}
		open(e.Period, e.Amount.Kopecks())
		if e.HasNext {
			open(e.Period+1, e.NextNominal.Kopecks())
		}
		r.categoryActive[c.category]++
	case QueuedForFinancing:
		r.queue[c.category] = append(r.queue[c.category], queued{cert: c.id, key: e.Key})
	case ConvertedToAccounting, CertificateClosed:
		for _, b := range c.periods {
			r.categoryNoms[c.category][b.period] -= b.nominal
		}
		if c.status == pfdo.StatusFinancing || c.status == pfdo.StatusFrozen {
			r.categoryActive[c.category]--
		}
		c.periods = nil
		c.status = pfdo.StatusAccounting
		if e.Type == CertificateClosed {
			c.status = pfdo.StatusClosed
		}
		c.trigger = pfdo.Date{}
	case CertificateFrozen:
		c.status, c.frozenIn = pfdo.StatusFrozen, int32(e.Period)
	case CertificateUnfrozen:
		c.status = pfdo.StatusFinancing
	case ContractRequested:
		g := l.cat.groups[e.Group]
		k := &contractState{id: e.Contract, group: int32(g), period: int32(e.Period), status: Requested, m: int16(e.M),
			start: e.Start, stop: e.Stop, requested: e.Date, reserved: e.Amount.Kopecks(),
			payerFirst: e.PayerFirst.Kopecks(), payerOther: e.PayerOther.Kopecks()}
		c.contracts = append(c.contracts, k)
		c.balanceOf(k.period).balance -= k.reserved
		c.trigger = pfdo.Date{}
		l.takePlace(c, k, 1)
		l.useAgreement(k, k.reserved)
	case ContractAccepted:
		k := c.contract(e.Contract)
		k.status, k.accepted = Accepted, e.Date
	case ContractActivated, MonthWrittenOff:
		k := c.contract(e.Contract)
		k.reserved -= e.Amount.Kopecks()
		k.paid += e.Amount.Kopecks()
		if e.Type == ContractActivated {
			k.status, k.monthsPaid = Active, int16(e.Months)
		} else {
			k.monthsPaid++
		}
	case ContractRefused:
		k := c.contract(e.Contract)
		c.balanceOf(k.period).balance += k.reserved
		l.useAgreement(k, -k.reserved)
		k.reserved, k.status = 0, Refused
		l.takePlace(c, k, -1)
		if c.status == pfdo.StatusFinancing {
			c.trigger, c.triggerDays = e.Date, int32(l.rules.Profile.AfterRefusalDays)
		}
	case TerminationRequested:
		k := c.contract(e.Contract)
		c.balanceOf(k.period).balance += k.reserved
		l.useAgreement(k, -k.reserved)
		k.reserved, k.status, k.terminationOn = 0, Terminating, e.Stop
	case ContractClosed:
		k := c.contract(e.Contract)
		k.status = Closed
		l.takePlace(c, k, -1)
	case CompletenessApplied:
		k := c.contract(e.Contract)
		k.paid -= e.Amount.Kopecks()
		k.invoiced |= 1 << uint(e.Months-1)
		c.balanceOf(k.period).balance += e.Amount.Kopecks()
		l.useAgreement(k, -e.Amount.Kopecks())
	case PeriodOpened:
		n := e.Amount.Kopecks()
		c.periods = append(c.periods, balance{period: int32(e.Period), nominal: n, balance: n})
		r.categoryNoms[c.category][e.Period] += n
	case MunicipalTaskEnrolled:
		c.tasks = append(c.tasks, taskEnrollment{id: e.Contract, payer: e.Payer, register: e.Register, hours: int32(e.Hours)})
	case MunicipalTaskLeft:
		c.tasks = slices.DeleteFunc(c.tasks, func(t taskEnrollment) bool { return t.id == e.Contract })
	case ContractCancelled:
		k := c.contract(e.Contract)
		c.balanceOf(k.period).balance += k.reserved + k.paid
		l.useAgreement(k, -(k.reserved + k.paid))
		if k.status.living() {
			l.takePlace(c, k, -1)
		}
		k.reserved, k.paid, k.status = 0, 0, Cancelled
	}
}

// takePlace adds (or, with −1, frees) a contract's places in its group, program and the
// direction limit of its certificate's category.
func (l *Ledger) takePlace(c *certState, k *contractState, n int32) {
	g := &l.cat.Groups[k.group]
	p := l.cat.programs[g.Program]
	l.res.groupLiving[k.group] += n
	l.res.programLiving[p] += n
	l.res.directionCount[c.category][l.cat.Programs[p].Direction] += n
}

// agreementOf returns the index of the payment agreement a contract is paid under, or −1.
func (l *Ledger) agreementOf(group, period int) int {
	g := &l.cat.Groups[group]
	if i, ok := l.cat.agreements[agreementKey{g.Payer, g.Provider, period}]; ok {
		return i
	}
	return -1
}

func (l *Ledger) useAgreement(k *contractState, amount int64) {
	if a := l.agreementOf(int(k.group), int(k.period)); a >= 0 {
		l.res.agreementUsed[a] += amount
	}
}

// vacancy reports whether a category takes one more financing certificate with the given
// nominals (domain reference §3.4): quota − active > 0, and the sum of nominals stays below the
// limit. The caller holds the resource lock.
func (l *Ledger) vacancy(cat int, current int, nominal int64) bool {
	c := &l.cat.Categories[cat]
	if c.Quota != nil && int(l.res.categoryActive[cat]) >= *c.Quota {
		return false
	}
	if c.NominalsLimit != nil && c.NominalsLimit.Kopecks()-nominal-l.res.categoryNoms[cat][current] <= 0 {
		return false
	}
	return true
}

// conversion fills a conversion event with the category's nominals of the current period and
// the next one.
func (l *Ledger) conversion(e *Event, cat, current int) {
	e.Period, e.Amount = current, l.cat.Categories[cat].Nominals[current]
	if current+1 < len(l.cat.Periods) {
		e.NextNominal, e.HasNext = l.cat.Categories[cat].Nominals[current+1], true
	}
}

// Certificate returns a view of a certificate.
func (l *Ledger) Certificate(id string) (CertificateView, error) {
	s := l.shardOf(id)
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.certs[id]
	if !ok {
		return CertificateView{}, unknown("certificate", id, "нет такого сертификата", "no such certificate")
	}
	return l.view(c), nil
}

func (l *Ledger) view(c *certState) CertificateView {
	v := CertificateView{ID: c.id, Category: l.cat.Categories[c.category].ID, Status: c.status}
	for _, b := range c.periods {
		pb := PeriodBalance{Period: int(b.period), Nominal: pfdo.Kopecks(b.nominal), Balance: pfdo.Kopecks(b.balance)}
		for _, k := range c.contracts {
			if k.period == b.period {
				pb.Reserved = pb.Reserved.Add(pfdo.Kopecks(k.reserved))
				pb.Paid = pb.Paid.Add(pfdo.Kopecks(k.paid))
			}
		}
		v.Periods = append(v.Periods, pb)
	}
	for _, t := range c.tasks {
		v.MunicipalTask = append(v.MunicipalTask, MunicipalTaskView{Enrollment: t.id, Payer: t.payer, Register: t.register, Hours: int(t.hours)})
	}
	for _, k := range c.contracts {
		v.Contracts = append(v.Contracts, ContractView{ID: k.id, Group: l.cat.Groups[k.group].ID, Period: int(k.period), Status: k.status,
			Start: k.start, Stop: k.stop, M: int(k.m), MonthsPaid: int(k.monthsPaid), Reserved: pfdo.Kopecks(k.reserved),
			Paid: pfdo.Kopecks(k.paid), PayerFirst: pfdo.Kopecks(k.payerFirst), PayerOther: pfdo.Kopecks(k.payerOther), TerminationOn: k.terminationOn})
	}
	return v
}

// Snapshot returns every certificate, sorted by id: the state to compare after a replay.
func (l *Ledger) Snapshot() []CertificateView {
	var out []CertificateView
	for i := range l.shards {
		s := &l.shards[i]
		s.mu.Lock()
		for _, c := range s.certs {
			out = append(out, l.view(c))
		}
		s.mu.Unlock()
	}
	slices.SortFunc(out, func(a, b CertificateView) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// CheckInvariants verifies the conservation law for every certificate and period — Nominal =
// Balance + Σ(Reserved + Paid) — that no amount is negative, and that no limit is exceeded. It
// returns every violation.
func (l *Ledger) CheckInvariants() error {
	var errs pfdo.Errors
	bad := func(field, value, en string) {
		errs = append(errs, &pfdo.Error{Code: "certificate.invariant", Field: field, Value: value, Err: ErrRefused, RU: "нарушен инвариант: " + en, EN: "invariant broken: " + en})
	}
	for _, v := range l.Snapshot() {
		for _, p := range v.Periods {
			if p.Nominal != p.Balance.Add(p.Reserved).Add(p.Paid) {
				bad(v.ID, strconv.Itoa(p.Period), "nominal ≠ balance + reserved + paid")
			}
			if p.Balance.IsNegative() || p.Reserved.IsNegative() || p.Paid.IsNegative() || p.Nominal.IsNegative() {
				bad(v.ID, strconv.Itoa(p.Period), "a negative amount")
			}
		}
		for _, k := range v.Contracts {
			if k.Reserved.IsNegative() || k.Paid.IsNegative() {
				bad(v.ID+"/"+k.ID, k.Status.String(), "a negative contract amount")
			}
		}
	}
	r := &l.res
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, g := range l.cat.Groups {
		if int(r.groupLiving[i]) > g.Capacity || r.groupLiving[i] < 0 {
			bad("groups", g.ID, "group capacity exceeded")
		}
	}
	for i, c := range l.cat.Categories {
		if c.Quota != nil && int(r.categoryActive[i]) > *c.Quota {
			bad("categories", c.ID, "quota exceeded")
		}
		for _, dl := range c.DirectionLimits {
			if int(r.directionCount[i][dl.Direction]) > dl.MaxChildren {
				bad("categories", c.ID, "direction limit exceeded")
			}
		}
	}
	for i, p := range l.cat.Programs {
		if p.Limit > 0 && int(r.programLiving[i]) > p.Limit {
			bad("programs", p.ID, "program limit exceeded")
		}
	}
	for i, a := range l.cat.Agreements {
		if a.Cap != nil && r.agreementUsed[i] > a.Cap.Kopecks() {
			bad("agreements", a.Payer+"/"+a.Provider, "agreement cap exceeded")
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Replay makes a ledger from an event log: the state is the fold of the events, so the result
// equals the ledger that wrote the log.
func Replay(rules Rules, c Catalog, events []Event) (*Ledger, error) {
	return replay(rules, c, events, nil)
}

// replay folds events into a new ledger; with store nil the events are copied into a new memory
// store, otherwise they are already in store.
func replay(rules Rules, c Catalog, events []Event, store Store) (*Ledger, error) {
	inStore := store != nil
	if !inStore {
		store = &MemoryStore{}
	}
	l, err := newLedger(rules, c, store)
	if err != nil {
		return nil, err
	}
	for i, e := range events {
		if e.Seq != uint64(i+1) {
			return nil, &pfdo.Error{Code: "certificate.replay", Field: "events[" + strconv.Itoa(i) + "]", Value: strconv.FormatUint(e.Seq, 10),
				Err: pfdo.ErrValidation, RU: "нарушен порядок событий", EN: "events out of sequence"}
		}
		s := l.shardOf(e.Certificate)
		if e.Type != CertificateIssued && s.certs[e.Certificate] == nil {
			return nil, unknown("events["+strconv.Itoa(i)+"]", e.Certificate, "событие о неизвестном сертификате", "an event of an unknown certificate")
		}
		if !inStore {
			if err := store.Append([]Event{e}); err != nil {
				return nil, err
			}
		}
		l.logLen++
		l.apply(s, e)
		prev, _ := l.remembered(e.Key)
		switch {
		case prev.n == 0 && prev.events == nil:
			l.remember(e.Key, result{first: e.Seq, n: 1})
		case prev.n > 0 && prev.first+uint64(prev.n) == e.Seq:
			prev.n++
			l.remember(e.Key, prev)
		default:
			l.remember(e.Key, result{events: append(l.eventsOf(prev), e)})
		}
	}
	return l, nil
}
