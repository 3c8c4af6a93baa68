// Package schedule tracks the introduction of personalized financing the way regional acts
// plan it: roadmaps («дорожная карта», «план мероприятий») of numbered items with executors,
// deadlines written in Russian and expected results; progress per item, per executor and per
// municipality; the rollout of the accounting system and of personalized financing by
// municipality; the federal targets; financing periods; lint of a roadmap; and Gantt charts.
//
// The two acts the project started from are carried as data, in the same public JSON format
// users write: the Kabardino-Balkaria roadmap of 2020 (распоряжение Правительства КБР от
// 26.05.2020 № 242-рп) and the Tomsk plan of 2018 with its municipal rollout table (распоряжение
// Департамента общего образования Томской области от 31.05.2018 № 527-р). See KBR2020,
// Tomsk2018 and Tomsk2018Rollout.
//
// # Deadlines
//
// ParseDeadline and ParseDeadlines read every deadline form of the seeds — «май», «май-июль»,
// «ноябрь - декабрь 2020 г.», «До 10.06.2018», «С 1.09.2018 года», «Апрель – май 2019 года»,
// cells with one deadline per sub-item — with any dash, spacing and capitalisation, taking the
// roadmap's year where a month has none. A month is the whole month, a range runs from the first
// day of its first month to the last day of its last, «до D» is due by D, «с D» starts (and is
// due) on D. An unreadable text is an error saying where and why; nothing is guessed.
//
// # Time
//
// Nothing reads the clock: every report, rollout query and chart takes the date it is "as of".
//
// # Sources
//
// Domain reference §7: the seed acts; the target model (приказ Минпросвещения России от
// 03.09.2019 № 467, as updated: personalized financing in ≥ 50 % of a region's municipalities and
// ≥ 25 % of children aged 5–18 with a certificate).
package schedule
