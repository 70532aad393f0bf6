import KubeCluster

/// `kubectl get configmaps`: NAME DATA AGE.
public enum ConfigMapTablePrinter: TablePrinter {
    public static let columns = [TableColumn("NAME", isName: true), TableColumn("DATA"), TableColumn("AGE")]
    public static func cells(_ configMap: ConfigMap, _ context: TableContext) -> [String] {
        [configMap.metadata.nameValue, String((configMap.data?.count ?? 0) + (configMap.binaryData?.count ?? 0)),
         context.age(configMap.metadata.creationTimestamp)]
    }
}

/// `kubectl get secrets`: NAME TYPE DATA AGE.
public enum SecretTablePrinter: TablePrinter {
    public static let columns = [TableColumn("NAME", isName: true), TableColumn("TYPE"), TableColumn("DATA"), TableColumn("AGE")]
    public static func cells(_ secret: Secret, _ context: TableContext) -> [String] {
        [secret.metadata.nameValue, secret.type ?? "", String(secret.data?.count ?? 0), context.age(secret.metadata.creationTimestamp)]
    }
}

/// `kubectl get serviceaccounts`: NAME SECRETS AGE.
public enum ServiceAccountTablePrinter: TablePrinter {
    public static let columns = [TableColumn("NAME", isName: true), TableColumn("SECRETS"), TableColumn("AGE")]
    public static func cells(_ account: ServiceAccount, _ context: TableContext) -> [String] {
        [account.metadata.nameValue, String(account.secrets?.count ?? 0), context.age(account.metadata.creationTimestamp)]
    }
}
