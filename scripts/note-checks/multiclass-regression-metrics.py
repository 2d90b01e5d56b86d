# Checks the numbers in content/notes/multiclass-regression-metrics.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

cm = [[5, 1, 0], [1, 2, 0], [1, 0, 0]]  # rows true, cols predicted
K = 3
n = sum(map(sum, cm))
tp = [cm[k][k] for k in range(K)]
fp = [sum(cm[i][k] for i in range(K)) - cm[k][k] for k in range(K)]
fn = [sum(cm[k]) - cm[k][k] for k in range(K)]
assert (tp, fp, fn) == ([5, 2, 0], [2, 1, 0], [1, 1, 1])
prec = [t / (t + f) if t + f else 0.0 for t, f in zip(tp, fp)]
rec = [t / (t + f) for t, f in zip(tp, fn)]
f1 = [2 * t / (2 * t + a + b) for t, a, b in zip(tp, fp, fn)]
close(prec[0], 0.714, 5e-4); close(rec[0], 0.833, 5e-4); close(f1[0], 0.769, 5e-4)
close(prec[1], 0.667, 5e-4); close(rec[1], 0.667, 5e-4); close(f1[1], 0.667, 5e-4)
assert f1[2] == 0 and rec[2] == 0
macro = sum(f1) / K
support = [sum(r) for r in cm]
weighted = sum(s * f for s, f in zip(support, f1)) / n
micro_p = sum(tp) / (sum(tp) + sum(fp))
micro_r = sum(tp) / (sum(tp) + sum(fn))
acc = sum(tp) / n
close(macro, 0.479, 5e-4); close(weighted, 0.662, 5e-4)
assert sum(fp) == sum(fn) == 3
close(micro_p, 0.7, 1e-12); close(micro_r, 0.7, 1e-12); close(acc, 0.7, 1e-12)
print("macro", round(macro, 4), "weighted", round(weighted, 4), "micro", micro_p)

yt = [10, 12, 8, 15, 50]
yp = [11, 11, 9, 14, 20]

def metrics(yt, yp):
    e = [p - t for p, t in zip(yp, yt)]
    m = len(e)
    mae = sum(map(abs, e)) / m
    mse = sum(x * x for x in e) / m
    mape = sum(abs(x) / t for x, t in zip(e, yt)) / m
    mean = sum(yt) / m
    sst = sum((t - mean) ** 2 for t in yt)
    ssr = sum(x * x for x in e)
    return mae, mse, math.sqrt(mse), mape, mean, sst, ssr, 1 - ssr / sst

mae, mse, rmse, mape, mean, sst, ssr, r2 = metrics(yt, yp)
close(mae, 6.8, 1e-12); close(mse, 180.8, 1e-9); close(rmse, 13.446, 5e-4)
close(mape, 0.195, 5e-4); assert (mean, sst, ssr) == (19.0, 1228.0, 904)
close(r2, 0.2638, 5e-5)
mae4, mse4, rmse4, mape4, *_ = metrics(yt[:4], yp[:4])
assert mae4 == 1 and mse4 == 1 and rmse4 == 1
close(mape4, 0.094, 5e-4)
print("MAE", mae, "MSE", mse, "RMSE", round(rmse, 3), "MAPE", mape, "R2", round(r2, 4), "MAPE w/o outlier", round(mape4, 4))
close(math.log(3), 1.0986, 5e-5)
