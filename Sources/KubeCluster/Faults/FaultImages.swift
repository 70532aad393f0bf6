/// The bad-image fault: switching a deployment's containers to a tag that no registry has, and back.
extension FaultInjector {
    /// The image text with its tag (and digest) replaced by one that does not exist.
    static func missingImage(_ image: String) -> String {
        var base = image
        if let at = base.firstIndex(of: "@") { base = String(base[..<at]) }
        let nameStart = base.lastIndex(of: "/").map { base.index(after: $0) } ?? base.startIndex
        if let colon = base[nameStart...].lastIndex(of: ":") { base = String(base[..<colon]) }
        return base + ":" + FaultTiming.missingTag
    }

    /// Points every container of `deployment` at a missing image; returns the images it had.
    func breakImages(of deployment: Deployment) throws -> [ContainerImageSetting] {
        var updated = deployment
        var originals: [ContainerImageSetting] = []
        for index in updated.spec.template.spec.containers.indices {
            let container = updated.spec.template.spec.containers[index]
            let image = container.image ?? ""
            originals.append(ContainerImageSetting(container: container.name, image: image))
            updated.spec.template.spec.containers[index].image = Self.missingImage(image)
        }
        do {
            try cluster.api.update(updated)
        } catch let error as APIError {
            throw FaultError(error.message)
        }
        return originals
    }

    /// Puts the original images back where the broken ones still are; returns a line saying what happened.
    func restoreImages(_ originals: [ContainerImageSetting], deployment key: ObjectKey) -> String {
        guard var deployment = cluster.store.get(Deployment.self, key) else {
            return "deployment/\(key.name) is gone: nothing to restore"
        }
        var restored: [String] = []
        for original in originals {
            guard let index = deployment.spec.template.spec.containers.firstIndex(where: { $0.name == original.container }),
                  deployment.spec.template.spec.containers[index].image == Self.missingImage(original.image) else { continue }
            deployment.spec.template.spec.containers[index].image = original.image
            restored.append("\(original.container)=\(original.image)")
        }
        guard !restored.isEmpty else {
            return "deployment/\(key.name) no longer uses the broken image (already fixed): nothing to restore"
        }
        do {
            try cluster.api.update(deployment)
        } catch {
            return "could not restore deployment/\(key.name): \(error)"
        }
        return "deployment/\(key.name) uses \(restored.joined(separator: ", ")) again: the old ReplicaSet scales back up"
    }
}
