//! Who did it and to whom: each actor of an incident as perpetrator or
//! target, so that `actor1` means what it means in ACLED (the one who
//! acted) and a massacre's `actor1` is never "civilians".
//!
//! Datasets say it themselves: ACLED's `actor1` and `assoc_actor_1` act on
//! `actor2` and `assoc_actor_2`, and UCDP's one-sided violence has its
//! perpetrator in `side_a`; the readers store those roles. For articles,
//! the roles follow from the kind of event and the kind of actor:
//! civilians are always targets; an air or drone strike is the state
//! forces' act; in any other attack the armed groups act on the state's
//! forces and on civilians, and where only state forces or militias appear
//! with civilians, they acted on the civilians. In a clash no side is the
//! perpetrator.
//!
//! ```
//! use sahel::actor_roles::{infer_roles, perpetrators, targets};
//! use sahel::model::{Actor, ActorRole, EventType};
//! let mut actors = vec![Actor::new("civilians", "des villageois"), Actor::new("JNIM", "le JNIM")];
//! infer_roles(EventType::Massacre, &mut actors);
//! assert_eq!(actors[0].role, Some(ActorRole::Target));
//! assert_eq!(perpetrators(&actors).next().unwrap().name, "JNIM");
//! let mut strike = vec![Actor::new("JNIM", "le JNIM"), Actor::new("FAMa", "l'armée")];
//! infer_roles(EventType::DroneStrike, &mut strike);
//! assert_eq!(perpetrators(&strike).next().unwrap().name, "FAMa");
//! assert_eq!(targets(&strike).next().unwrap().name, "JNIM");
//! ```

use crate::model::{Actor, ActorRole, EventType};

/// State forces and their foreign partners: the armies and their allies
/// that strike from the air and hold camps.
const STATE: &[&str] = &[
    "FAMa",
    "FDS",
    "Burkinabè army",
    "FAN",
    "Wagner/Africa Corps",
    "Wagner",
    "Barkhane",
    "MINUSMA",
];

/// Militias and self-defence groups: they attack villages, and are
/// attacked by the armed groups.
const MILITIAS: &[&str] = &["VDP", "Koglweogo", "Dozos", "Dan Na Ambassagou", "GATIA"];

fn is_civilians(a: &Actor) -> bool {
    a.name == "civilians"
}

fn is_state(a: &Actor) -> bool {
    STATE.contains(&a.name.as_str())
}

fn is_militia(a: &Actor) -> bool {
    MILITIAS.contains(&a.name.as_str())
}

/// Gives a role to each actor without one, from the event's type and the
/// actors' kinds (see the module's notes). Roles already set (by a
/// dataset) are kept.
pub fn infer_roles(event_type: EventType, actors: &mut [Actor]) {
    use EventType::*;
    // Armed groups: everyone armed who is neither state nor militia
    // (JNIM, EIGS, FLA, Ansarul Islam, bandits ...).
    let armed_group = |a: &Actor| !is_civilians(a) && !is_state(a) && !is_militia(a);
    let any_group = actors.iter().any(armed_group);
    let any_civilians = actors.iter().any(is_civilians);
    let roles: Vec<Option<ActorRole>> = actors
        .iter()
        .map(|a| {
            if is_civilians(a) {
                return Some(ActorRole::Target);
            }
            match event_type {
                Clash => None,
                Airstrike | DroneStrike => Some(if is_state(a) {
                    ActorRole::Perpetrator
                } else {
                    ActorRole::Target
                }),
                _ if any_group => Some(if armed_group(a) {
                    ActorRole::Perpetrator
                } else {
                    ActorRole::Target
                }),
                // State forces or militias with civilians and no armed
                // group: they acted on the civilians.
                _ if any_civilians => Some(ActorRole::Perpetrator),
                _ => None,
            }
        })
        .collect();
    for (a, r) in actors.iter_mut().zip(roles) {
        if a.role.is_none() {
            a.role = r;
        }
    }
}

/// The actors who acted, in order.
pub fn perpetrators(actors: &[Actor]) -> impl Iterator<Item = &Actor> {
    actors
        .iter()
        .filter(|a| a.role == Some(ActorRole::Perpetrator))
}

/// The actors acted upon, in order.
pub fn targets(actors: &[Actor]) -> impl Iterator<Item = &Actor> {
    actors.iter().filter(|a| a.role == Some(ActorRole::Target))
}

/// ACLED's `actor1`: the first perpetrator, else the first actor who is not
/// civilians (a clash's first side), else none.
pub fn actor1(actors: &[Actor]) -> Option<&Actor> {
    perpetrators(actors)
        .next()
        .or_else(|| actors.iter().find(|a| a.role.is_none() && !is_civilians(a)))
}

/// ACLED's `actor2`: the first target, else the first other actor.
pub fn actor2(actors: &[Actor]) -> Option<&Actor> {
    let first = actor1(actors);
    targets(actors).next().or_else(|| {
        actors
            .iter()
            .find(|a| Some(*a) != first && a.role != Some(ActorRole::Perpetrator))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[Actor]) -> (Vec<&str>, Vec<&str>) {
        (
            perpetrators(v).map(|a| a.name.as_str()).collect(),
            targets(v).map(|a| a.name.as_str()).collect(),
        )
    }

    #[test]
    fn roles_follow_the_event_and_the_actors() {
        let mk = |n: &[&str]| n.iter().map(|n| Actor::new(*n, *n)).collect::<Vec<_>>();
        // Soldiers and militiamen killing villagers, no armed group named.
        let mut v = mk(&["civilians", "FAMa", "Wagner/Africa Corps"]);
        infer_roles(EventType::Massacre, &mut v);
        assert_eq!(
            names(&v),
            (vec!["FAMa", "Wagner/Africa Corps"], vec!["civilians"])
        );
        assert_eq!(actor1(&v).unwrap().name, "FAMa");
        assert_eq!(actor2(&v).unwrap().name, "civilians");
        // An ambush of the army by the EIGS.
        let mut v = mk(&["FAMa", "EIGS"]);
        infer_roles(EventType::Ambush, &mut v);
        assert_eq!(names(&v), (vec!["EIGS"], vec!["FAMa"]));
        // A clash: no perpetrator, actor1 and actor2 in the text's order.
        let mut v = mk(&["FLA", "FAMa"]);
        infer_roles(EventType::Clash, &mut v);
        assert_eq!(names(&v), (vec![], vec![]));
        assert_eq!(
            (
                actor1(&v).unwrap().name.as_str(),
                actor2(&v).unwrap().name.as_str()
            ),
            ("FLA", "FAMa")
        );
        // A dataset's roles stay.
        let mut v = vec![
            Actor {
                role: Some(ActorRole::Target),
                ..Actor::new("JNIM", "JNIM")
            },
            Actor::new("FAMa", "FAMa"),
        ];
        infer_roles(EventType::Attack, &mut v);
        assert_eq!(v[0].role, Some(ActorRole::Target));
    }
}
