//! The clustering flags `cluster`, `map --clusters` and `report` share, so
//! that the three give the same clusters by default.

use clap::{Args, ValueEnum};
use sahel::cluster::{hdbscan::HdbscanChoice, Method, Params};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MethodArg {
    /// Hot spots of any density, over great-circle distance; no chaining.
    Hdbscan,
    /// One radius (--eps) and a minimum count (--min-points); with
    /// --days, space-time DBSCAN.
    Dbscan,
}

#[derive(Args, Clone)]
pub(crate) struct ClusterFlags {
    /// Clustering method. Default: hdbscan, with its parameters chosen
    /// from the number of incidents (printed), unless --eps, --min-points
    /// or --days ask for DBSCAN.
    #[arg(long, value_enum, value_name = "METHOD")]
    pub(crate) method: Option<MethodArg>,
    /// HDBSCAN: incidents a cluster needs at least (default: half the
    /// square root of the incident count, 5 to 500).
    #[arg(long, value_name = "N")]
    pub(crate) min_cluster_size: Option<usize>,
    /// HDBSCAN: the neighbour, counting the incident itself, whose
    /// distance measures the density around an incident (default: the
    /// minimum cluster size, at most 10).
    #[arg(long, value_name = "N")]
    pub(crate) min_samples: Option<usize>,
    /// DBSCAN: neighbourhood radius in km [default: 50].
    #[arg(long, value_name = "KM")]
    pub(crate) eps: Option<f64>,
    /// DBSCAN: incidents a neighbourhood needs (the incident itself
    /// included) to be the core of a cluster [default: 3].
    #[arg(long, value_name = "N")]
    pub(crate) min_points: Option<usize>,
    /// Space-time DBSCAN: neighbours must also be within D days.
    #[arg(long, value_name = "D")]
    pub(crate) days: Option<f64>,
}

impl ClusterFlags {
    /// The method these flags ask for: HDBSCAN unless told DBSCAN or given
    /// one of DBSCAN's parameters.
    pub(crate) fn method(&self) -> anyhow::Result<Method> {
        let dbscan_flag = self.eps.is_some() || self.min_points.is_some() || self.days.is_some();
        let hdbscan_flag = self.min_cluster_size.is_some() || self.min_samples.is_some();
        let method = self.method.unwrap_or(if dbscan_flag {
            MethodArg::Dbscan
        } else {
            MethodArg::Hdbscan
        });
        match method {
            MethodArg::Hdbscan => {
                if dbscan_flag {
                    anyhow::bail!(
                        "--eps, --min-points and --days are DBSCAN's: add --method dbscan, or use --min-cluster-size and --min-samples with HDBSCAN"
                    );
                }
                Ok(Method::Hdbscan(HdbscanChoice {
                    min_cluster_size: self.min_cluster_size,
                    min_samples: self.min_samples,
                }))
            }
            MethodArg::Dbscan => {
                if hdbscan_flag {
                    anyhow::bail!(
                        "--min-cluster-size and --min-samples are HDBSCAN's: with --method dbscan use --eps and --min-points"
                    );
                }
                Ok(Method::Dbscan(Params {
                    eps_km: self.eps.unwrap_or(sahel::cluster::DEFAULT_EPS_KM),
                    min_points: self
                        .min_points
                        .unwrap_or(sahel::cluster::DEFAULT_MIN_POINTS),
                    days: self.days,
                }))
            }
        }
    }
}
