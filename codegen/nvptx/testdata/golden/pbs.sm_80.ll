; pbs
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@pbs_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@pbs_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@pbs_permute0_flag = internal addrspace(3) global [2 x i32] undef, align 4
@pbs_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@pbs_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@pbs_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@pbs_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@pbs_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@pbs_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@pbs_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@pbs_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@pbs_select2_histm = internal addrspace(3) global [256 x i32] undef, align 16
@pbs_select2_bins = internal addrspace(3) global [4 x i32] undef, align 16
@pbs_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @pbs_permute0(i16* %q, i16* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = icmp eq i32 %0, 0
	br i1 %4, label %5, label %8

5:
	%6 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 0
	store i32 0, i32 addrspace(3)* %6
	%7 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 1
	store i32 0, i32 addrspace(3)* %7
	br label %8

8:
	%9 = add i32 %M, 255
	%10 = sdiv i32 %9, 256
	%11 = sub i32 %10, 1
	%12 = mul i32 %11, 256
	%13 = sub i32 %M, %12
	%14 = sitofp i32 %13 to float
	%15 = mul i32 %2, %M
	%16 = mul i32 %15, 64
	%17 = sext i32 %16 to i64
	%18 = getelementptr i16, i16* %q, i64 %17
	br label %19

19:
	%20 = phi i32 [ %0, %8 ], [ %45, %42 ]
	%21 = icmp slt i32 %20, 64
	br i1 %21, label %22, label %23

22:
	br label %29

23:
	call void @llvm.nvvm.barrier0()
	%24 = mul i32 %1, 256
	%25 = add i32 %24, %0
	%26 = icmp slt i32 %0, 256
	%27 = icmp slt i32 %25, %N
	%28 = and i1 %26, %27
	br i1 %28, label %46, label %52

29:
	%30 = phi i32 [ %12, %22 ], [ %41, %33 ]
	%31 = phi float [ 0.0, %22 ], [ %40, %33 ]
	%32 = icmp slt i32 %30, %M
	br i1 %32, label %33, label %42

33:
	%34 = mul i32 %30, 64
	%35 = add i32 %34, %20
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %18, i64 %36
	%38 = load i16, i16* %37
	%39 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %38)
	%40 = fadd float %31, %39
	%41 = add i32 %30, 1
	br label %29

42:
	%43 = fdiv float %31, %14
	%44 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %20
	store float %43, float addrspace(3)* %44
	%45 = add i32 %20, 256
	br label %19

46:
	%47 = mul i32 %3, %N
	%48 = add i32 %47, %25
	%49 = mul i32 %48, 64
	%50 = sext i32 %49 to i64
	%51 = getelementptr i16, i16* %k, i64 %50
	br label %63

52:
	%53 = phi float [ 0.0, %23 ], [ %77, %76 ]
	%54 = and i32 %0, 31
	%55 = icmp eq i32 %54, 0
	%56 = fcmp ueq float %53, 0x7FF0000000000000
	%57 = and i1 %28, %56
	%58 = fcmp ogt float %53, 0xFFF0000000000000
	%59 = and i1 %28, %58
	%60 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %57)
	%61 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %59)
	%62 = and i1 %60, %55
	br i1 %62, label %78, label %80

63:
	%64 = phi i32 [ 0, %46 ], [ %75, %67 ]
	%65 = phi float [ 0.0, %46 ], [ %74, %67 ]
	%66 = icmp slt i32 %64, 64
	br i1 %66, label %67, label %76

67:
	%68 = sext i32 %64 to i64
	%69 = getelementptr i16, i16* %51, i64 %68
	%70 = load i16, i16* %69
	%71 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%72 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %64
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.fma.f32(float %73, float %71, float %65)
	%75 = add i32 %64, 1
	br label %63

76:
	%77 = fmul float %65, 0.125
	br label %52

78:
	%79 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %79
	br label %80

80:
	%81 = and i1 %61, %55
	br i1 %81, label %82, label %84

82:
	%83 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %83
	br label %84

84:
	call void @llvm.nvvm.barrier0()
	%85 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 0
	%86 = load i32, i32 addrspace(3)* %85
	%87 = icmp ne i32 %86, 0
	%88 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_permute0_flag, i32 0, i32 1
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp eq i32 %89, 0
	%91 = or i1 %87, %90
	br i1 %91, label %identity, label %sort

sort:
	%92 = bitcast float %53 to i32
	%93 = icmp slt i32 %92, 0
	%94 = select i1 %93, i32 -1, i32 -2147483648
	%95 = xor i32 %92, %94
	%96 = xor i32 %95, -1
	%97 = zext i32 %96 to i64
	%98 = shl i64 %97, 32
	%99 = zext i32 %25 to i64
	%100 = or i64 %98, %99
	%101 = select i1 %28, i64 %100, i64 -1
	%102 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %101, i64 addrspace(3)* %102
	call void @llvm.nvvm.barrier0()
	%103 = xor i32 %0, 1
	%104 = icmp ugt i32 %103, %0
	br i1 %104, label %111, label %121

identity:
	br i1 %28, label %105, label %110

done:
	ret void

105:
	%106 = mul i32 %2, %N
	%107 = add i32 %106, %25
	%108 = sext i32 %107 to i64
	%109 = getelementptr i32, i32* %perm, i64 %108
	store i32 %25, i32* %109
	br label %110

110:
	br label %done

111:
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%113 = load i64, i64 addrspace(3)* %112
	%114 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %103
	%115 = load i64, i64 addrspace(3)* %114
	%116 = and i32 %0, 2
	%117 = icmp eq i32 %116, 0
	%118 = icmp ugt i64 %113, %115
	%119 = icmp ult i64 %113, %115
	%120 = select i1 %117, i1 %118, i1 %119
	br i1 %120, label %124, label %127

121:
	call void @llvm.nvvm.barrier0()
	%122 = xor i32 %0, 2
	%123 = icmp ugt i32 %122, %0
	br i1 %123, label %128, label %138

124:
	%125 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %115, i64 addrspace(3)* %125
	%126 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %103
	store i64 %113, i64 addrspace(3)* %126
	br label %127

127:
	br label %121

128:
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%130 = load i64, i64 addrspace(3)* %129
	%131 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	%132 = load i64, i64 addrspace(3)* %131
	%133 = and i32 %0, 4
	%134 = icmp eq i32 %133, 0
	%135 = icmp ugt i64 %130, %132
	%136 = icmp ult i64 %130, %132
	%137 = select i1 %134, i1 %135, i1 %136
	br i1 %137, label %141, label %144

138:
	call void @llvm.nvvm.barrier0()
	%139 = xor i32 %0, 1
	%140 = icmp ugt i32 %139, %0
	br i1 %140, label %145, label %155

141:
	%142 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %132, i64 addrspace(3)* %142
	%143 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	store i64 %130, i64 addrspace(3)* %143
	br label %144

144:
	br label %138

145:
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%147 = load i64, i64 addrspace(3)* %146
	%148 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	%149 = load i64, i64 addrspace(3)* %148
	%150 = and i32 %0, 4
	%151 = icmp eq i32 %150, 0
	%152 = icmp ugt i64 %147, %149
	%153 = icmp ult i64 %147, %149
	%154 = select i1 %151, i1 %152, i1 %153
	br i1 %154, label %158, label %161

155:
	call void @llvm.nvvm.barrier0()
	%156 = xor i32 %0, 4
	%157 = icmp ugt i32 %156, %0
	br i1 %157, label %162, label %172

158:
	%159 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %149, i64 addrspace(3)* %159
	%160 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	store i64 %147, i64 addrspace(3)* %160
	br label %161

161:
	br label %155

162:
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%164 = load i64, i64 addrspace(3)* %163
	%165 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	%166 = load i64, i64 addrspace(3)* %165
	%167 = and i32 %0, 8
	%168 = icmp eq i32 %167, 0
	%169 = icmp ugt i64 %164, %166
	%170 = icmp ult i64 %164, %166
	%171 = select i1 %168, i1 %169, i1 %170
	br i1 %171, label %175, label %178

172:
	call void @llvm.nvvm.barrier0()
	%173 = xor i32 %0, 2
	%174 = icmp ugt i32 %173, %0
	br i1 %174, label %179, label %189

175:
	%176 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %166, i64 addrspace(3)* %176
	%177 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	store i64 %164, i64 addrspace(3)* %177
	br label %178

178:
	br label %172

179:
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%181 = load i64, i64 addrspace(3)* %180
	%182 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	%183 = load i64, i64 addrspace(3)* %182
	%184 = and i32 %0, 8
	%185 = icmp eq i32 %184, 0
	%186 = icmp ugt i64 %181, %183
	%187 = icmp ult i64 %181, %183
	%188 = select i1 %185, i1 %186, i1 %187
	br i1 %188, label %192, label %195

189:
	call void @llvm.nvvm.barrier0()
	%190 = xor i32 %0, 1
	%191 = icmp ugt i32 %190, %0
	br i1 %191, label %196, label %206

192:
	%193 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %183, i64 addrspace(3)* %193
	%194 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	store i64 %181, i64 addrspace(3)* %194
	br label %195

195:
	br label %189

196:
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%198 = load i64, i64 addrspace(3)* %197
	%199 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	%200 = load i64, i64 addrspace(3)* %199
	%201 = and i32 %0, 8
	%202 = icmp eq i32 %201, 0
	%203 = icmp ugt i64 %198, %200
	%204 = icmp ult i64 %198, %200
	%205 = select i1 %202, i1 %203, i1 %204
	br i1 %205, label %209, label %212

206:
	call void @llvm.nvvm.barrier0()
	%207 = xor i32 %0, 8
	%208 = icmp ugt i32 %207, %0
	br i1 %208, label %213, label %223

209:
	%210 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %200, i64 addrspace(3)* %210
	%211 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	store i64 %198, i64 addrspace(3)* %211
	br label %212

212:
	br label %206

213:
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%215 = load i64, i64 addrspace(3)* %214
	%216 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	%217 = load i64, i64 addrspace(3)* %216
	%218 = and i32 %0, 16
	%219 = icmp eq i32 %218, 0
	%220 = icmp ugt i64 %215, %217
	%221 = icmp ult i64 %215, %217
	%222 = select i1 %219, i1 %220, i1 %221
	br i1 %222, label %226, label %229

223:
	call void @llvm.nvvm.barrier0()
	%224 = xor i32 %0, 4
	%225 = icmp ugt i32 %224, %0
	br i1 %225, label %230, label %240

226:
	%227 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %217, i64 addrspace(3)* %227
	%228 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	store i64 %215, i64 addrspace(3)* %228
	br label %229

229:
	br label %223

230:
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%232 = load i64, i64 addrspace(3)* %231
	%233 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	%234 = load i64, i64 addrspace(3)* %233
	%235 = and i32 %0, 16
	%236 = icmp eq i32 %235, 0
	%237 = icmp ugt i64 %232, %234
	%238 = icmp ult i64 %232, %234
	%239 = select i1 %236, i1 %237, i1 %238
	br i1 %239, label %243, label %246

240:
	call void @llvm.nvvm.barrier0()
	%241 = xor i32 %0, 2
	%242 = icmp ugt i32 %241, %0
	br i1 %242, label %247, label %257

243:
	%244 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %234, i64 addrspace(3)* %244
	%245 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	store i64 %232, i64 addrspace(3)* %245
	br label %246

246:
	br label %240

247:
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%249 = load i64, i64 addrspace(3)* %248
	%250 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	%251 = load i64, i64 addrspace(3)* %250
	%252 = and i32 %0, 16
	%253 = icmp eq i32 %252, 0
	%254 = icmp ugt i64 %249, %251
	%255 = icmp ult i64 %249, %251
	%256 = select i1 %253, i1 %254, i1 %255
	br i1 %256, label %260, label %263

257:
	call void @llvm.nvvm.barrier0()
	%258 = xor i32 %0, 1
	%259 = icmp ugt i32 %258, %0
	br i1 %259, label %264, label %274

260:
	%261 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %251, i64 addrspace(3)* %261
	%262 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	store i64 %249, i64 addrspace(3)* %262
	br label %263

263:
	br label %257

264:
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%266 = load i64, i64 addrspace(3)* %265
	%267 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	%268 = load i64, i64 addrspace(3)* %267
	%269 = and i32 %0, 16
	%270 = icmp eq i32 %269, 0
	%271 = icmp ugt i64 %266, %268
	%272 = icmp ult i64 %266, %268
	%273 = select i1 %270, i1 %271, i1 %272
	br i1 %273, label %277, label %280

274:
	call void @llvm.nvvm.barrier0()
	%275 = xor i32 %0, 16
	%276 = icmp ugt i32 %275, %0
	br i1 %276, label %281, label %291

277:
	%278 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %268, i64 addrspace(3)* %278
	%279 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	store i64 %266, i64 addrspace(3)* %279
	br label %280

280:
	br label %274

281:
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%283 = load i64, i64 addrspace(3)* %282
	%284 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	%285 = load i64, i64 addrspace(3)* %284
	%286 = and i32 %0, 32
	%287 = icmp eq i32 %286, 0
	%288 = icmp ugt i64 %283, %285
	%289 = icmp ult i64 %283, %285
	%290 = select i1 %287, i1 %288, i1 %289
	br i1 %290, label %294, label %297

291:
	call void @llvm.nvvm.barrier0()
	%292 = xor i32 %0, 8
	%293 = icmp ugt i32 %292, %0
	br i1 %293, label %298, label %308

294:
	%295 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %285, i64 addrspace(3)* %295
	%296 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	store i64 %283, i64 addrspace(3)* %296
	br label %297

297:
	br label %291

298:
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%300 = load i64, i64 addrspace(3)* %299
	%301 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	%302 = load i64, i64 addrspace(3)* %301
	%303 = and i32 %0, 32
	%304 = icmp eq i32 %303, 0
	%305 = icmp ugt i64 %300, %302
	%306 = icmp ult i64 %300, %302
	%307 = select i1 %304, i1 %305, i1 %306
	br i1 %307, label %311, label %314

308:
	call void @llvm.nvvm.barrier0()
	%309 = xor i32 %0, 4
	%310 = icmp ugt i32 %309, %0
	br i1 %310, label %315, label %325

311:
	%312 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %302, i64 addrspace(3)* %312
	%313 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	store i64 %300, i64 addrspace(3)* %313
	br label %314

314:
	br label %308

315:
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%317 = load i64, i64 addrspace(3)* %316
	%318 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	%319 = load i64, i64 addrspace(3)* %318
	%320 = and i32 %0, 32
	%321 = icmp eq i32 %320, 0
	%322 = icmp ugt i64 %317, %319
	%323 = icmp ult i64 %317, %319
	%324 = select i1 %321, i1 %322, i1 %323
	br i1 %324, label %328, label %331

325:
	call void @llvm.nvvm.barrier0()
	%326 = xor i32 %0, 2
	%327 = icmp ugt i32 %326, %0
	br i1 %327, label %332, label %342

328:
	%329 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %319, i64 addrspace(3)* %329
	%330 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	store i64 %317, i64 addrspace(3)* %330
	br label %331

331:
	br label %325

332:
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%334 = load i64, i64 addrspace(3)* %333
	%335 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	%336 = load i64, i64 addrspace(3)* %335
	%337 = and i32 %0, 32
	%338 = icmp eq i32 %337, 0
	%339 = icmp ugt i64 %334, %336
	%340 = icmp ult i64 %334, %336
	%341 = select i1 %338, i1 %339, i1 %340
	br i1 %341, label %345, label %348

342:
	call void @llvm.nvvm.barrier0()
	%343 = xor i32 %0, 1
	%344 = icmp ugt i32 %343, %0
	br i1 %344, label %349, label %359

345:
	%346 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %336, i64 addrspace(3)* %346
	%347 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	store i64 %334, i64 addrspace(3)* %347
	br label %348

348:
	br label %342

349:
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%351 = load i64, i64 addrspace(3)* %350
	%352 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	%353 = load i64, i64 addrspace(3)* %352
	%354 = and i32 %0, 32
	%355 = icmp eq i32 %354, 0
	%356 = icmp ugt i64 %351, %353
	%357 = icmp ult i64 %351, %353
	%358 = select i1 %355, i1 %356, i1 %357
	br i1 %358, label %362, label %365

359:
	call void @llvm.nvvm.barrier0()
	%360 = xor i32 %0, 32
	%361 = icmp ugt i32 %360, %0
	br i1 %361, label %366, label %376

362:
	%363 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %353, i64 addrspace(3)* %363
	%364 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	store i64 %351, i64 addrspace(3)* %364
	br label %365

365:
	br label %359

366:
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%368 = load i64, i64 addrspace(3)* %367
	%369 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	%370 = load i64, i64 addrspace(3)* %369
	%371 = and i32 %0, 64
	%372 = icmp eq i32 %371, 0
	%373 = icmp ugt i64 %368, %370
	%374 = icmp ult i64 %368, %370
	%375 = select i1 %372, i1 %373, i1 %374
	br i1 %375, label %379, label %382

376:
	call void @llvm.nvvm.barrier0()
	%377 = xor i32 %0, 16
	%378 = icmp ugt i32 %377, %0
	br i1 %378, label %383, label %393

379:
	%380 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %370, i64 addrspace(3)* %380
	%381 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	store i64 %368, i64 addrspace(3)* %381
	br label %382

382:
	br label %376

383:
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%385 = load i64, i64 addrspace(3)* %384
	%386 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	%387 = load i64, i64 addrspace(3)* %386
	%388 = and i32 %0, 64
	%389 = icmp eq i32 %388, 0
	%390 = icmp ugt i64 %385, %387
	%391 = icmp ult i64 %385, %387
	%392 = select i1 %389, i1 %390, i1 %391
	br i1 %392, label %396, label %399

393:
	call void @llvm.nvvm.barrier0()
	%394 = xor i32 %0, 8
	%395 = icmp ugt i32 %394, %0
	br i1 %395, label %400, label %410

396:
	%397 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %387, i64 addrspace(3)* %397
	%398 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	store i64 %385, i64 addrspace(3)* %398
	br label %399

399:
	br label %393

400:
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%402 = load i64, i64 addrspace(3)* %401
	%403 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	%404 = load i64, i64 addrspace(3)* %403
	%405 = and i32 %0, 64
	%406 = icmp eq i32 %405, 0
	%407 = icmp ugt i64 %402, %404
	%408 = icmp ult i64 %402, %404
	%409 = select i1 %406, i1 %407, i1 %408
	br i1 %409, label %413, label %416

410:
	call void @llvm.nvvm.barrier0()
	%411 = xor i32 %0, 4
	%412 = icmp ugt i32 %411, %0
	br i1 %412, label %417, label %427

413:
	%414 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %404, i64 addrspace(3)* %414
	%415 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	store i64 %402, i64 addrspace(3)* %415
	br label %416

416:
	br label %410

417:
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%419 = load i64, i64 addrspace(3)* %418
	%420 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	%421 = load i64, i64 addrspace(3)* %420
	%422 = and i32 %0, 64
	%423 = icmp eq i32 %422, 0
	%424 = icmp ugt i64 %419, %421
	%425 = icmp ult i64 %419, %421
	%426 = select i1 %423, i1 %424, i1 %425
	br i1 %426, label %430, label %433

427:
	call void @llvm.nvvm.barrier0()
	%428 = xor i32 %0, 2
	%429 = icmp ugt i32 %428, %0
	br i1 %429, label %434, label %444

430:
	%431 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %421, i64 addrspace(3)* %431
	%432 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	store i64 %419, i64 addrspace(3)* %432
	br label %433

433:
	br label %427

434:
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%436 = load i64, i64 addrspace(3)* %435
	%437 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	%438 = load i64, i64 addrspace(3)* %437
	%439 = and i32 %0, 64
	%440 = icmp eq i32 %439, 0
	%441 = icmp ugt i64 %436, %438
	%442 = icmp ult i64 %436, %438
	%443 = select i1 %440, i1 %441, i1 %442
	br i1 %443, label %447, label %450

444:
	call void @llvm.nvvm.barrier0()
	%445 = xor i32 %0, 1
	%446 = icmp ugt i32 %445, %0
	br i1 %446, label %451, label %461

447:
	%448 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %438, i64 addrspace(3)* %448
	%449 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	store i64 %436, i64 addrspace(3)* %449
	br label %450

450:
	br label %444

451:
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%453 = load i64, i64 addrspace(3)* %452
	%454 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	%455 = load i64, i64 addrspace(3)* %454
	%456 = and i32 %0, 64
	%457 = icmp eq i32 %456, 0
	%458 = icmp ugt i64 %453, %455
	%459 = icmp ult i64 %453, %455
	%460 = select i1 %457, i1 %458, i1 %459
	br i1 %460, label %464, label %467

461:
	call void @llvm.nvvm.barrier0()
	%462 = xor i32 %0, 64
	%463 = icmp ugt i32 %462, %0
	br i1 %463, label %468, label %478

464:
	%465 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %455, i64 addrspace(3)* %465
	%466 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	store i64 %453, i64 addrspace(3)* %466
	br label %467

467:
	br label %461

468:
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%470 = load i64, i64 addrspace(3)* %469
	%471 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	%472 = load i64, i64 addrspace(3)* %471
	%473 = and i32 %0, 128
	%474 = icmp eq i32 %473, 0
	%475 = icmp ugt i64 %470, %472
	%476 = icmp ult i64 %470, %472
	%477 = select i1 %474, i1 %475, i1 %476
	br i1 %477, label %481, label %484

478:
	call void @llvm.nvvm.barrier0()
	%479 = xor i32 %0, 32
	%480 = icmp ugt i32 %479, %0
	br i1 %480, label %485, label %495

481:
	%482 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %472, i64 addrspace(3)* %482
	%483 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	store i64 %470, i64 addrspace(3)* %483
	br label %484

484:
	br label %478

485:
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%487 = load i64, i64 addrspace(3)* %486
	%488 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	%489 = load i64, i64 addrspace(3)* %488
	%490 = and i32 %0, 128
	%491 = icmp eq i32 %490, 0
	%492 = icmp ugt i64 %487, %489
	%493 = icmp ult i64 %487, %489
	%494 = select i1 %491, i1 %492, i1 %493
	br i1 %494, label %498, label %501

495:
	call void @llvm.nvvm.barrier0()
	%496 = xor i32 %0, 16
	%497 = icmp ugt i32 %496, %0
	br i1 %497, label %502, label %512

498:
	%499 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %489, i64 addrspace(3)* %499
	%500 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	store i64 %487, i64 addrspace(3)* %500
	br label %501

501:
	br label %495

502:
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%504 = load i64, i64 addrspace(3)* %503
	%505 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	%506 = load i64, i64 addrspace(3)* %505
	%507 = and i32 %0, 128
	%508 = icmp eq i32 %507, 0
	%509 = icmp ugt i64 %504, %506
	%510 = icmp ult i64 %504, %506
	%511 = select i1 %508, i1 %509, i1 %510
	br i1 %511, label %515, label %518

512:
	call void @llvm.nvvm.barrier0()
	%513 = xor i32 %0, 8
	%514 = icmp ugt i32 %513, %0
	br i1 %514, label %519, label %529

515:
	%516 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %506, i64 addrspace(3)* %516
	%517 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	store i64 %504, i64 addrspace(3)* %517
	br label %518

518:
	br label %512

519:
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%521 = load i64, i64 addrspace(3)* %520
	%522 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	%523 = load i64, i64 addrspace(3)* %522
	%524 = and i32 %0, 128
	%525 = icmp eq i32 %524, 0
	%526 = icmp ugt i64 %521, %523
	%527 = icmp ult i64 %521, %523
	%528 = select i1 %525, i1 %526, i1 %527
	br i1 %528, label %532, label %535

529:
	call void @llvm.nvvm.barrier0()
	%530 = xor i32 %0, 4
	%531 = icmp ugt i32 %530, %0
	br i1 %531, label %536, label %546

532:
	%533 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %523, i64 addrspace(3)* %533
	%534 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	store i64 %521, i64 addrspace(3)* %534
	br label %535

535:
	br label %529

536:
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%538 = load i64, i64 addrspace(3)* %537
	%539 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	%540 = load i64, i64 addrspace(3)* %539
	%541 = and i32 %0, 128
	%542 = icmp eq i32 %541, 0
	%543 = icmp ugt i64 %538, %540
	%544 = icmp ult i64 %538, %540
	%545 = select i1 %542, i1 %543, i1 %544
	br i1 %545, label %549, label %552

546:
	call void @llvm.nvvm.barrier0()
	%547 = xor i32 %0, 2
	%548 = icmp ugt i32 %547, %0
	br i1 %548, label %553, label %563

549:
	%550 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %540, i64 addrspace(3)* %550
	%551 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	store i64 %538, i64 addrspace(3)* %551
	br label %552

552:
	br label %546

553:
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%555 = load i64, i64 addrspace(3)* %554
	%556 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	%557 = load i64, i64 addrspace(3)* %556
	%558 = and i32 %0, 128
	%559 = icmp eq i32 %558, 0
	%560 = icmp ugt i64 %555, %557
	%561 = icmp ult i64 %555, %557
	%562 = select i1 %559, i1 %560, i1 %561
	br i1 %562, label %566, label %569

563:
	call void @llvm.nvvm.barrier0()
	%564 = xor i32 %0, 1
	%565 = icmp ugt i32 %564, %0
	br i1 %565, label %570, label %580

566:
	%567 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %557, i64 addrspace(3)* %567
	%568 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	store i64 %555, i64 addrspace(3)* %568
	br label %569

569:
	br label %563

570:
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%572 = load i64, i64 addrspace(3)* %571
	%573 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	%574 = load i64, i64 addrspace(3)* %573
	%575 = and i32 %0, 128
	%576 = icmp eq i32 %575, 0
	%577 = icmp ugt i64 %572, %574
	%578 = icmp ult i64 %572, %574
	%579 = select i1 %576, i1 %577, i1 %578
	br i1 %579, label %583, label %586

580:
	call void @llvm.nvvm.barrier0()
	%581 = xor i32 %0, 128
	%582 = icmp ugt i32 %581, %0
	br i1 %582, label %587, label %597

583:
	%584 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %574, i64 addrspace(3)* %584
	%585 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	store i64 %572, i64 addrspace(3)* %585
	br label %586

586:
	br label %580

587:
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%589 = load i64, i64 addrspace(3)* %588
	%590 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	%591 = load i64, i64 addrspace(3)* %590
	%592 = and i32 %0, 256
	%593 = icmp eq i32 %592, 0
	%594 = icmp ugt i64 %589, %591
	%595 = icmp ult i64 %589, %591
	%596 = select i1 %593, i1 %594, i1 %595
	br i1 %596, label %600, label %603

597:
	call void @llvm.nvvm.barrier0()
	%598 = xor i32 %0, 64
	%599 = icmp ugt i32 %598, %0
	br i1 %599, label %604, label %614

600:
	%601 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %591, i64 addrspace(3)* %601
	%602 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	store i64 %589, i64 addrspace(3)* %602
	br label %603

603:
	br label %597

604:
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%606 = load i64, i64 addrspace(3)* %605
	%607 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	%608 = load i64, i64 addrspace(3)* %607
	%609 = and i32 %0, 256
	%610 = icmp eq i32 %609, 0
	%611 = icmp ugt i64 %606, %608
	%612 = icmp ult i64 %606, %608
	%613 = select i1 %610, i1 %611, i1 %612
	br i1 %613, label %617, label %620

614:
	call void @llvm.nvvm.barrier0()
	%615 = xor i32 %0, 32
	%616 = icmp ugt i32 %615, %0
	br i1 %616, label %621, label %631

617:
	%618 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %608, i64 addrspace(3)* %618
	%619 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	store i64 %606, i64 addrspace(3)* %619
	br label %620

620:
	br label %614

621:
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%623 = load i64, i64 addrspace(3)* %622
	%624 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	%625 = load i64, i64 addrspace(3)* %624
	%626 = and i32 %0, 256
	%627 = icmp eq i32 %626, 0
	%628 = icmp ugt i64 %623, %625
	%629 = icmp ult i64 %623, %625
	%630 = select i1 %627, i1 %628, i1 %629
	br i1 %630, label %634, label %637

631:
	call void @llvm.nvvm.barrier0()
	%632 = xor i32 %0, 16
	%633 = icmp ugt i32 %632, %0
	br i1 %633, label %638, label %648

634:
	%635 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %625, i64 addrspace(3)* %635
	%636 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	store i64 %623, i64 addrspace(3)* %636
	br label %637

637:
	br label %631

638:
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%640 = load i64, i64 addrspace(3)* %639
	%641 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	%642 = load i64, i64 addrspace(3)* %641
	%643 = and i32 %0, 256
	%644 = icmp eq i32 %643, 0
	%645 = icmp ugt i64 %640, %642
	%646 = icmp ult i64 %640, %642
	%647 = select i1 %644, i1 %645, i1 %646
	br i1 %647, label %651, label %654

648:
	call void @llvm.nvvm.barrier0()
	%649 = xor i32 %0, 8
	%650 = icmp ugt i32 %649, %0
	br i1 %650, label %655, label %665

651:
	%652 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %642, i64 addrspace(3)* %652
	%653 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	store i64 %640, i64 addrspace(3)* %653
	br label %654

654:
	br label %648

655:
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%657 = load i64, i64 addrspace(3)* %656
	%658 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	%659 = load i64, i64 addrspace(3)* %658
	%660 = and i32 %0, 256
	%661 = icmp eq i32 %660, 0
	%662 = icmp ugt i64 %657, %659
	%663 = icmp ult i64 %657, %659
	%664 = select i1 %661, i1 %662, i1 %663
	br i1 %664, label %668, label %671

665:
	call void @llvm.nvvm.barrier0()
	%666 = xor i32 %0, 4
	%667 = icmp ugt i32 %666, %0
	br i1 %667, label %672, label %682

668:
	%669 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %659, i64 addrspace(3)* %669
	%670 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	store i64 %657, i64 addrspace(3)* %670
	br label %671

671:
	br label %665

672:
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%674 = load i64, i64 addrspace(3)* %673
	%675 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	%676 = load i64, i64 addrspace(3)* %675
	%677 = and i32 %0, 256
	%678 = icmp eq i32 %677, 0
	%679 = icmp ugt i64 %674, %676
	%680 = icmp ult i64 %674, %676
	%681 = select i1 %678, i1 %679, i1 %680
	br i1 %681, label %685, label %688

682:
	call void @llvm.nvvm.barrier0()
	%683 = xor i32 %0, 2
	%684 = icmp ugt i32 %683, %0
	br i1 %684, label %689, label %699

685:
	%686 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %676, i64 addrspace(3)* %686
	%687 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	store i64 %674, i64 addrspace(3)* %687
	br label %688

688:
	br label %682

689:
	%690 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%691 = load i64, i64 addrspace(3)* %690
	%692 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %683
	%693 = load i64, i64 addrspace(3)* %692
	%694 = and i32 %0, 256
	%695 = icmp eq i32 %694, 0
	%696 = icmp ugt i64 %691, %693
	%697 = icmp ult i64 %691, %693
	%698 = select i1 %695, i1 %696, i1 %697
	br i1 %698, label %702, label %705

699:
	call void @llvm.nvvm.barrier0()
	%700 = xor i32 %0, 1
	%701 = icmp ugt i32 %700, %0
	br i1 %701, label %706, label %716

702:
	%703 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %693, i64 addrspace(3)* %703
	%704 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %683
	store i64 %691, i64 addrspace(3)* %704
	br label %705

705:
	br label %699

706:
	%707 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%708 = load i64, i64 addrspace(3)* %707
	%709 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %700
	%710 = load i64, i64 addrspace(3)* %709
	%711 = and i32 %0, 256
	%712 = icmp eq i32 %711, 0
	%713 = icmp ugt i64 %708, %710
	%714 = icmp ult i64 %708, %710
	%715 = select i1 %712, i1 %713, i1 %714
	br i1 %715, label %717, label %720

716:
	call void @llvm.nvvm.barrier0()
	br i1 %28, label %721, label %729

717:
	%718 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %710, i64 addrspace(3)* %718
	%719 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %700
	store i64 %708, i64 addrspace(3)* %719
	br label %720

720:
	br label %716

721:
	%722 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%723 = load i64, i64 addrspace(3)* %722
	%724 = trunc i64 %723 to i32
	%725 = mul i32 %2, %N
	%726 = add i32 %725, %25
	%727 = sext i32 %726 to i64
	%728 = getelementptr i32, i32* %perm, i64 %727
	store i32 %724, i32* %728
	br label %729

729:
	br label %done
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @pbs_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK, i32 %NS, i32 %seg) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 256
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%5 = add i32 %3, %4
	%6 = icmp slt i32 %5, %NK
	br i1 %6, label %7, label %18

7:
	%8 = mul i32 %5, 64
	%9 = add i32 %8, 64
	%10 = icmp slt i32 %9, %N
	%11 = select i1 %10, i32 %9, i32 %N
	%12 = mul i32 %1, %NS
	%13 = add i32 %12, %0
	%14 = sext i32 %13 to i64
	%15 = sext i32 %N to i64
	%16 = mul i64 %14, %15
	%17 = getelementptr i32, i32* %perm, i64 %16
	br label %19

18:
	ret void

19:
	%20 = phi i32 [ %8, %7 ], [ %32, %24 ]
	%21 = phi i32 [ u0x7FFFFFFF, %7 ], [ %29, %24 ]
	%22 = phi i32 [ -1, %7 ], [ %31, %24 ]
	%23 = icmp slt i32 %20, %11
	br i1 %23, label %24, label %33

24:
	%25 = sext i32 %20 to i64
	%26 = getelementptr i32, i32* %17, i64 %25
	%27 = load i32, i32* %26
	%28 = icmp slt i32 %21, %27
	%29 = select i1 %28, i32 %21, i32 %27
	%30 = icmp sgt i32 %22, %27
	%31 = select i1 %30, i32 %22, i32 %27
	%32 = add i32 %20, 1
	br label %19

33:
	%34 = sub i32 %11, %8
	%35 = icmp slt i32 %34, 64
	%36 = select i1 %35, i8 1, i8 2
	%37 = mul i32 %0, %seg
	%38 = sdiv i32 %37, 64
	%39 = add i32 %37, %seg
	%40 = add i32 %39, 63
	%41 = sdiv i32 %40, 64
	%42 = icmp slt i32 %41, %NQ
	%43 = select i1 %42, i32 %41, i32 %NQ
	br label %44

44:
	%45 = phi i32 [ %38, %33 ], [ %63, %47 ]
	%46 = icmp slt i32 %45, %43
	br i1 %46, label %47, label %64

47:
	%48 = mul i32 %45, 64
	%49 = add i32 %48, 64
	%50 = icmp slt i32 %49, %M
	%51 = select i1 %50, i32 %49, i32 %M
	%52 = sub i32 %51, 1
	%53 = icmp sle i32 %22, %48
	%54 = select i1 %53, i8 %36, i8 1
	%55 = icmp sgt i32 %21, %52
	%56 = select i1 %55, i8 0, i8 %54
	%57 = mul i32 %1, %NQ
	%58 = add i32 %57, %45
	%59 = mul i32 %58, %NK
	%60 = add i32 %59, %5
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %cls, i64 %61
	store i8 %56, i8* %62
	%63 = add i32 %45, 1
	br label %44

64:
	br label %18
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

define ptx_kernel void @pbs_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %387, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %386, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %356
	br i1 %358, label %388, label %389

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = mul i32 %1, 64
	%370 = sdiv i32 %369, 256
	%371 = mul i32 %370, 256
	%372 = sdiv i32 %371, 64
	%373 = add i32 %370, 1
	%374 = mul i32 %373, 256
	%375 = sdiv i32 %374, 64
	%376 = icmp sge i32 %334, %372
	%377 = icmp slt i32 %334, %375
	%378 = and i1 %376, %377
	%379 = or i1 %368, %378
	%380 = bitcast float %343 to i32
	%381 = add i32 %380, 2
	%382 = select i1 %379, i32 1, i32 %381
	%383 = select i1 %341, i32 %382, i32 0
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %334
	store i32 %383, i32 addrspace(3)* %384
	%385 = uitofp i1 %341 to float
	%386 = fadd float %335, %385
	%387 = add i32 %334, 256
	br label %333

388:
	store float %355, float addrspace(3)* %359
	br label %389

389:
	call void @llvm.nvvm.barrier0()
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%391 = load float, float addrspace(3)* %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%405 = load float, float addrspace(3)* %404
	%406 = fadd float %403, %405
	%407 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%408 = load float, float addrspace(3)* %407
	%409 = fadd float %406, %408
	%410 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%411 = load float, float addrspace(3)* %410
	%412 = fadd float %409, %411
	%413 = fptosi float %412 to i32
	%414 = icmp eq i32 %0, 0
	br i1 %414, label %415, label %419

415:
	%416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp eq i32 %417, 1
	br i1 %418, label %434, label %442

419:
	call void @llvm.nvvm.barrier0()
	%420 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	%421 = load i32, i32 addrspace(3)* %420
	%422 = sub i32 %413, %421
	%423 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%424 = load double, double addrspace(3)* %423
	%425 = fsub double 0x3FECCCCCCCCCCCCD, %424
	%426 = fmul double %425, 262144.0
	%427 = call double @llvm.ceil.f64(double %426)
	%428 = call double @llvm.maxnum.f64(double %427, double 0.0)
	%429 = call double @llvm.minnum.f64(double %428, double 1.073741824e+09)
	%430 = fptosi double %429 to i32
	%431 = add i32 %430, 1
	call void @llvm.nvvm.barrier0()
	%432 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %432
	%433 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %433
	call void @llvm.nvvm.barrier0()
	br label %499

434:
	%435 = add i32 %13, 0
	%436 = sext i32 %435 to i64
	%437 = getelementptr i32, i32* %list, i64 %436
	store i32 0, i32* %437
	%438 = add i32 %13, %NK
	%439 = add i32 %438, 0
	%440 = sext i32 %439 to i64
	%441 = getelementptr i32, i32* %list, i64 %440
	store i32 1, i32* %441
	br label %442

442:
	%443 = add i32 %11, 0
	%444 = sext i32 %443 to i64
	%445 = getelementptr float, float* %e, i64 %444
	%446 = load float, float* %445
	%447 = add i32 0, 1
	%448 = select i1 %418, i32 %447, i32 0
	%449 = fpext float %446 to double
	%450 = fadd double 0.0, %449
	%451 = select i1 %418, double %450, double 0.0
	%452 = mul i32 %1, 64
	%453 = sdiv i32 %452, 256
	%454 = mul i32 %453, 256
	%455 = sdiv i32 %454, 64
	%456 = add i32 %453, 1
	%457 = mul i32 %456, 256
	%458 = sdiv i32 %457, 64
	%459 = icmp slt i32 %324, %455
	%460 = select i1 %459, i32 %324, i32 %455
	%461 = icmp sgt i32 %460, 1
	%462 = select i1 %461, i32 %460, i32 1
	%463 = add i32 %332, 1
	%464 = icmp sgt i32 %463, %458
	%465 = select i1 %464, i32 %463, i32 %458
	%466 = icmp slt i32 %465, %NK
	%467 = select i1 %466, i32 %465, i32 %NK
	br label %468

468:
	%469 = phi i32 [ %462, %442 ], [ %498, %488 ]
	%470 = phi i32 [ %448, %442 ], [ %494, %488 ]
	%471 = phi double [ %451, %442 ], [ %497, %488 ]
	%472 = icmp slt i32 %469, %467
	br i1 %472, label %473, label %477

473:
	%474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %469
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp eq i32 %475, 1
	br i1 %476, label %480, label %488

477:
	%478 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	store i32 %470, i32 addrspace(3)* %478
	%479 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	store double %471, double addrspace(3)* %479
	br label %419

480:
	%481 = add i32 %13, %470
	%482 = sext i32 %481 to i64
	%483 = getelementptr i32, i32* %list, i64 %482
	store i32 %469, i32* %483
	%484 = add i32 %13, %NK
	%485 = add i32 %484, %470
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %list, i64 %486
	store i32 1, i32* %487
	br label %488

488:
	%489 = add i32 %11, %469
	%490 = sext i32 %489 to i64
	%491 = getelementptr float, float* %e, i64 %490
	%492 = load float, float* %491
	%493 = add i32 %470, 1
	%494 = select i1 %476, i32 %493, i32 %470
	%495 = fpext float %492 to double
	%496 = fadd double %471, %495
	%497 = select i1 %476, double %496, double %471
	%498 = add i32 %469, 1
	br label %468

499:
	%500 = phi i32 [ %0, %419 ], [ %566, %565 ]
	%501 = icmp slt i32 %500, %16
	br i1 %501, label %502, label %518

502:
	%503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %500
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp uge i32 %504, 2
	%506 = and i32 %504, 0
	%507 = icmp eq i32 %506, 0
	%508 = and i1 %505, %507
	%509 = lshr i32 %504, 24
	%510 = and i32 %509, 255
	%511 = select i1 %508, i32 %510, i32 256
	%512 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %511)
	%513 = shl i32 1, %3
	%514 = sub i32 %513, 1
	%515 = and i32 %512, %514
	%516 = icmp eq i32 %515, 0
	%517 = and i1 %508, %516
	br i1 %517, label %547, label %551

518:
	call void @llvm.nvvm.barrier0()
	%519 = sub i32 255, %0
	%520 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %519
	%521 = load i32, i32 addrspace(3)* %520
	%522 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %519
	%523 = load i32, i32 addrspace(3)* %522
	%524 = and i32 %0, 31
	%525 = lshr i32 %0, 5
	%526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 1, i32 0)
	%527 = icmp uge i32 %524, 1
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %529, i32 2, i32 0)
	%531 = icmp uge i32 %524, 2
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %529, %532
	%534 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %533, i32 4, i32 0)
	%535 = icmp uge i32 %524, 4
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %533, %536
	%538 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %537, i32 8, i32 0)
	%539 = icmp uge i32 %524, 8
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %537, %540
	%542 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %541, i32 16, i32 0)
	%543 = icmp uge i32 %524, 16
	%544 = select i1 %543, i32 %542, i32 0
	%545 = add i32 %541, %544
	%546 = icmp eq i32 %524, 31
	br i1 %546, label %567, label %569

547:
	%548 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %510
	%549 = call i32 @llvm.ctpop.i32(i32 %512)
	%550 = atomicrmw add i32 addrspace(3)* %548, i32 %549 monotonic
	br label %551

551:
	%552 = sub i32 %504, 2
	%553 = bitcast i32 %552 to float
	%554 = fcmp ogt float %553, 0.0
	%555 = select i1 %554, float %553, float 0.0
	%556 = fcmp olt float %555, 1.0
	%557 = select i1 %556, float %555, float 1.0
	%558 = fmul float %557, 262144.0
	%559 = fptosi float %558 to i32
	%560 = icmp sgt i32 %559, 0
	%561 = and i1 %508, %560
	br i1 %561, label %562, label %565

562:
	%563 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %510
	%564 = atomicrmw add i32 addrspace(3)* %563, i32 %559 monotonic
	br label %565

565:
	%566 = add i32 %500, 256
	br label %499

567:
	%568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %525
	store i32 %545, i32 addrspace(3)* %568
	br label %569

569:
	call void @llvm.nvvm.barrier0()
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %525, 0
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 0, %573
	%575 = add i32 0, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %525, 1
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %525, 2
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %525, 3
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %525, 4
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %525, 5
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %525, 6
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %525, 7
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = add i32 %616, %545
	%619 = sub i32 %618, %523
	%620 = and i32 %0, 31
	%621 = lshr i32 %0, 5
	%622 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %521, i32 1, i32 0)
	%623 = icmp uge i32 %620, 1
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %521, %624
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %625, i32 2, i32 0)
	%627 = icmp uge i32 %620, 2
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %625, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 4, i32 0)
	%631 = icmp uge i32 %620, 4
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 8, i32 0)
	%635 = icmp uge i32 %620, 8
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 16, i32 0)
	%639 = icmp uge i32 %620, 16
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = icmp eq i32 %620, 31
	br i1 %642, label %643, label %645

643:
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %621
	store i32 %641, i32 addrspace(3)* %644
	br label %645

645:
	call void @llvm.nvvm.barrier0()
	%646 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp sgt i32 %621, 0
	%649 = select i1 %648, i32 %647, i32 0
	%650 = add i32 0, %649
	%651 = add i32 0, %647
	%652 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%653 = load i32, i32 addrspace(3)* %652
	%654 = icmp sgt i32 %621, 1
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %650, %655
	%657 = add i32 %651, %653
	%658 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%659 = load i32, i32 addrspace(3)* %658
	%660 = icmp sgt i32 %621, 2
	%661 = select i1 %660, i32 %659, i32 0
	%662 = add i32 %656, %661
	%663 = add i32 %657, %659
	%664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%665 = load i32, i32 addrspace(3)* %664
	%666 = icmp sgt i32 %621, 3
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %662, %667
	%669 = add i32 %663, %665
	%670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%671 = load i32, i32 addrspace(3)* %670
	%672 = icmp sgt i32 %621, 4
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %668, %673
	%675 = add i32 %669, %671
	%676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%677 = load i32, i32 addrspace(3)* %676
	%678 = icmp sgt i32 %621, 5
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %674, %679
	%681 = add i32 %675, %677
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%683 = load i32, i32 addrspace(3)* %682
	%684 = icmp sgt i32 %621, 6
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %680, %685
	%687 = add i32 %681, %683
	%688 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%689 = load i32, i32 addrspace(3)* %688
	%690 = icmp sgt i32 %621, 7
	%691 = select i1 %690, i32 %689, i32 0
	%692 = add i32 %686, %691
	%693 = add i32 %687, %689
	%694 = add i32 %692, %641
	%695 = sub i32 %694, %521
	%696 = icmp slt i32 %619, %431
	%697 = add i32 %619, %523
	%698 = icmp sle i32 %431, %697
	%699 = and i1 %696, %698
	%700 = icmp slt i32 %617, %431
	%701 = icmp eq i32 %0, 0
	%702 = and i1 %700, %701
	%703 = or i1 %699, %702
	br i1 %703, label %704, label %710

704:
	%705 = select i1 %700, i32 0, i32 %519
	%706 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	store i32 %705, i32 addrspace(3)* %706
	%707 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	store i32 %619, i32 addrspace(3)* %707
	%708 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	store i32 %695, i32 addrspace(3)* %708
	%709 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	store i32 %521, i32 addrspace(3)* %709
	br label %710

710:
	call void @llvm.nvvm.barrier0()
	%711 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	%714 = load i32, i32 addrspace(3)* %713
	%715 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	%716 = load i32, i32 addrspace(3)* %715
	%717 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	%718 = load i32, i32 addrspace(3)* %717
	%719 = shl i32 %712, 24
	%720 = or i32 0, %719
	%721 = sub i32 %431, %714
	%722 = add i32 0, %716
	%723 = or i1 false, %700
	%724 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %725
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %726
	call void @llvm.nvvm.barrier0()
	br label %727

727:
	%728 = phi i32 [ %0, %710 ], [ %794, %793 ]
	%729 = icmp slt i32 %728, %16
	br i1 %729, label %730, label %746

730:
	%731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %728
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp uge i32 %732, 2
	%734 = and i32 %732, %724
	%735 = icmp eq i32 %734, %720
	%736 = and i1 %733, %735
	%737 = lshr i32 %732, 16
	%738 = and i32 %737, 255
	%739 = select i1 %736, i32 %738, i32 256
	%740 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %739)
	%741 = shl i32 1, %3
	%742 = sub i32 %741, 1
	%743 = and i32 %740, %742
	%744 = icmp eq i32 %743, 0
	%745 = and i1 %736, %744
	br i1 %745, label %775, label %779

746:
	call void @llvm.nvvm.barrier0()
	%747 = sub i32 255, %0
	%748 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %747
	%749 = load i32, i32 addrspace(3)* %748
	%750 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %747
	%751 = load i32, i32 addrspace(3)* %750
	%752 = and i32 %0, 31
	%753 = lshr i32 %0, 5
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 1, i32 0)
	%755 = icmp uge i32 %752, 1
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %751, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 2, i32 0)
	%759 = icmp uge i32 %752, 2
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 4, i32 0)
	%763 = icmp uge i32 %752, 4
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %765, i32 8, i32 0)
	%767 = icmp uge i32 %752, 8
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %765, %768
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %769, i32 16, i32 0)
	%771 = icmp uge i32 %752, 16
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %769, %772
	%774 = icmp eq i32 %752, 31
	br i1 %774, label %795, label %797

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %738
	%777 = call i32 @llvm.ctpop.i32(i32 %740)
	%778 = atomicrmw add i32 addrspace(3)* %776, i32 %777 monotonic
	br label %779

779:
	%780 = sub i32 %732, 2
	%781 = bitcast i32 %780 to float
	%782 = fcmp ogt float %781, 0.0
	%783 = select i1 %782, float %781, float 0.0
	%784 = fcmp olt float %783, 1.0
	%785 = select i1 %784, float %783, float 1.0
	%786 = fmul float %785, 262144.0
	%787 = fptosi float %786 to i32
	%788 = icmp sgt i32 %787, 0
	%789 = and i1 %736, %788
	br i1 %789, label %790, label %793

790:
	%791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %738
	%792 = atomicrmw add i32 addrspace(3)* %791, i32 %787 monotonic
	br label %793

793:
	%794 = add i32 %728, 256
	br label %727

795:
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %796
	br label %797

797:
	call void @llvm.nvvm.barrier0()
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %753, 0
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 0, %801
	%803 = add i32 0, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %753, 1
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %753, 2
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%817 = load i32, i32 addrspace(3)* %816
	%818 = icmp sgt i32 %753, 3
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %814, %819
	%821 = add i32 %815, %817
	%822 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%823 = load i32, i32 addrspace(3)* %822
	%824 = icmp sgt i32 %753, 4
	%825 = select i1 %824, i32 %823, i32 0
	%826 = add i32 %820, %825
	%827 = add i32 %821, %823
	%828 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%829 = load i32, i32 addrspace(3)* %828
	%830 = icmp sgt i32 %753, 5
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %826, %831
	%833 = add i32 %827, %829
	%834 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%835 = load i32, i32 addrspace(3)* %834
	%836 = icmp sgt i32 %753, 6
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %832, %837
	%839 = add i32 %833, %835
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %753, 7
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %838, %843
	%845 = add i32 %839, %841
	%846 = add i32 %844, %773
	%847 = sub i32 %846, %751
	%848 = and i32 %0, 31
	%849 = lshr i32 %0, 5
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %749, i32 1, i32 0)
	%851 = icmp uge i32 %848, 1
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %749, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 2, i32 0)
	%855 = icmp uge i32 %848, 2
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %857, i32 4, i32 0)
	%859 = icmp uge i32 %848, 4
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %857, %860
	%862 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %861, i32 8, i32 0)
	%863 = icmp uge i32 %848, 8
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %861, %864
	%866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %865, i32 16, i32 0)
	%867 = icmp uge i32 %848, 16
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %865, %868
	%870 = icmp eq i32 %848, 31
	br i1 %870, label %871, label %873

871:
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %849
	store i32 %869, i32 addrspace(3)* %872
	br label %873

873:
	call void @llvm.nvvm.barrier0()
	%874 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%875 = load i32, i32 addrspace(3)* %874
	%876 = icmp sgt i32 %849, 0
	%877 = select i1 %876, i32 %875, i32 0
	%878 = add i32 0, %877
	%879 = add i32 0, %875
	%880 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%881 = load i32, i32 addrspace(3)* %880
	%882 = icmp sgt i32 %849, 1
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %878, %883
	%885 = add i32 %879, %881
	%886 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%887 = load i32, i32 addrspace(3)* %886
	%888 = icmp sgt i32 %849, 2
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %884, %889
	%891 = add i32 %885, %887
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %849, 3
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = add i32 %891, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %849, 4
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%905 = load i32, i32 addrspace(3)* %904
	%906 = icmp sgt i32 %849, 5
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %902, %907
	%909 = add i32 %903, %905
	%910 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%911 = load i32, i32 addrspace(3)* %910
	%912 = icmp sgt i32 %849, 6
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = add i32 %909, %911
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %849, 7
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = add i32 %915, %917
	%922 = add i32 %920, %869
	%923 = sub i32 %922, %749
	%924 = icmp slt i32 %847, %721
	%925 = add i32 %847, %751
	%926 = icmp sle i32 %721, %925
	%927 = and i1 %924, %926
	%928 = icmp slt i32 %845, %721
	%929 = icmp eq i32 %0, 0
	%930 = and i1 %928, %929
	%931 = or i1 %927, %930
	br i1 %931, label %932, label %938

932:
	%933 = select i1 %928, i32 0, i32 %747
	%934 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	store i32 %933, i32 addrspace(3)* %934
	%935 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	store i32 %847, i32 addrspace(3)* %935
	%936 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	store i32 %923, i32 addrspace(3)* %936
	%937 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	store i32 %749, i32 addrspace(3)* %937
	br label %938

938:
	call void @llvm.nvvm.barrier0()
	%939 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	%940 = load i32, i32 addrspace(3)* %939
	%941 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	%942 = load i32, i32 addrspace(3)* %941
	%943 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	%944 = load i32, i32 addrspace(3)* %943
	%945 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	%946 = load i32, i32 addrspace(3)* %945
	%947 = shl i32 %940, 16
	%948 = or i32 %720, %947
	%949 = sub i32 %721, %942
	%950 = add i32 %722, %944
	%951 = or i1 %723, %928
	%952 = or i32 %724, u0xFF0000
	%953 = add i32 %950, %946
	%954 = select i1 %951, i32 %422, i32 %953
	%955 = select i1 %951, i32 2, i32 %948
	%956 = icmp sge i32 %954, 0
	%957 = sub i32 %955, 1
	%958 = icmp slt i32 0, %422
	%959 = select i1 %958, i32 0, i32 %422
	%960 = select i1 %956, i32 %954, i32 %959
	br label %mass

mass:
	%961 = phi i32 [ %960, %938 ], [ %1927, %1915 ]
	%962 = phi i1 [ true, %938 ], [ false, %1915 ]
	%963 = and i1 %962, %956
	br i1 %963, label %mass_bins, label %mass_topk

mass_done:
	%964 = icmp sgt i32 %1917, 0
	%965 = select i1 %964, i32 %1917, i32 0
	%966 = add i32 %421, %965
	%967 = add i32 %966, %0
	br label %2400

mass_bins:
	%968 = shl i32 1, %3
	%969 = sub i32 %968, 1
	br label %978

mass_topk:
	%970 = icmp sgt i32 %961, 0
	br i1 %970, label %topk, label %topk_done

mass_taken:
	%971 = sub i32 %961, 1
	%972 = call i32 @llvm.ctlz.i32(i32 %971, i1 false)
	%973 = icmp sgt i32 %961, 1
	%974 = sub i32 32, %972
	%975 = select i1 %973, i32 %974, i32 0
	%976 = shl i32 1, %975
	%977 = add i32 %961, %0
	br label %1829

978:
	%979 = phi i32 [ 0, %mass_bins ], [ %1027, %1026 ]
	%980 = icmp slt i32 %979, %16
	br i1 %980, label %981, label %989

981:
	%982 = add i32 %979, %0
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %957
	%986 = icmp eq i32 %984, %957
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = icmp eq i32 %3, 0
	br i1 %988, label %1020, label %1026

989:
	call void @llvm.nvvm.barrier0()
	%990 = sdiv i32 %16, 256
	%991 = mul i32 %990, 8
	%992 = icmp slt i32 %0, %991
	%993 = select i1 %992, i32 %0, i32 0
	%994 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %993
	%995 = load i32, i32 addrspace(3)* %994
	%996 = select i1 %992, i32 %995, i32 0
	%997 = and i32 %0, 31
	%998 = lshr i32 %0, 5
	%999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %996, i32 1, i32 0)
	%1000 = icmp uge i32 %997, 1
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 %996, %1001
	%1003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 2, i32 0)
	%1004 = icmp uge i32 %997, 2
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1002, %1005
	%1007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1006, i32 4, i32 0)
	%1008 = icmp uge i32 %997, 4
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = add i32 %1006, %1009
	%1011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1010, i32 8, i32 0)
	%1012 = icmp uge i32 %997, 8
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1010, %1013
	%1015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 16, i32 0)
	%1016 = icmp uge i32 %997, 16
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1014, %1017
	%1019 = icmp eq i32 %997, 31
	br i1 %1019, label %1028, label %1030

1020:
	%1021 = sdiv i32 %979, 256
	%1022 = mul i32 %1021, 8
	%1023 = add i32 %1022, %4
	%1024 = call i32 @llvm.ctpop.i32(i32 %987)
	%1025 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1023
	store i32 %1024, i32 addrspace(3)* %1025
	br label %1026

1026:
	%1027 = add i32 %979, 256
	br label %978

1028:
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %998
	store i32 %1018, i32 addrspace(3)* %1029
	br label %1030

1030:
	call void @llvm.nvvm.barrier0()
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%1032 = load i32, i32 addrspace(3)* %1031
	%1033 = icmp sgt i32 %998, 0
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = add i32 0, %1034
	%1036 = add i32 0, %1032
	%1037 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = icmp sgt i32 %998, 1
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1035, %1040
	%1042 = add i32 %1036, %1038
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%1044 = load i32, i32 addrspace(3)* %1043
	%1045 = icmp sgt i32 %998, 2
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = add i32 %1041, %1046
	%1048 = add i32 %1042, %1044
	%1049 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = icmp sgt i32 %998, 3
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1047, %1052
	%1054 = add i32 %1048, %1050
	%1055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = icmp sgt i32 %998, 4
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = add i32 %1053, %1058
	%1060 = add i32 %1054, %1056
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %998, 5
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1059, %1064
	%1066 = add i32 %1060, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %998, 6
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %998, 7
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = add i32 %1077, %1018
	%1080 = sub i32 %1079, %996
	br i1 %992, label %1081, label %1083

1081:
	%1082 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %0
	store i32 %1080, i32 addrspace(3)* %1082
	br label %1083

1083:
	call void @llvm.nvvm.barrier0()
	br label %1084

1084:
	%1085 = phi i32 [ 0, %1083 ], [ %1108, %1107 ]
	%1086 = icmp slt i32 %1085, %16
	br i1 %1086, label %1087, label %1103

1087:
	%1088 = add i32 %1085, %0
	%1089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1088
	%1090 = load i32, i32 addrspace(3)* %1089
	%1091 = icmp ugt i32 %1090, %957
	%1092 = icmp eq i32 %1090, %957
	%1093 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1094 = sdiv i32 %1085, 256
	%1095 = mul i32 %1094, 8
	%1096 = add i32 %1095, %4
	%1097 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1098 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1096
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = and i32 %1097, %969
	%1101 = call i32 @llvm.ctpop.i32(i32 %1100)
	%1102 = add i32 %1099, %1101
	br i1 %1091, label %1104, label %1107

1103:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1104:
	%1105 = add i32 %1085, %0
	%1106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1102
	store i32 %1105, i32 addrspace(3)* %1106
	br label %1107

1107:
	%1108 = add i32 %1085, 256
	br label %1084

topk:
	call void @llvm.nvvm.barrier0()
	%1109 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1109
	call void @llvm.nvvm.barrier0()
	br label %1110

topk_done:
	br label %mass_taken

1110:
	%1111 = phi i32 [ %0, %topk ], [ %1162, %1161 ]
	%1112 = icmp slt i32 %1111, %16
	br i1 %1112, label %1113, label %1129

1113:
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1111
	%1115 = load i32, i32 addrspace(3)* %1114
	%1116 = icmp uge i32 %1115, 2
	%1117 = and i32 %1115, 0
	%1118 = icmp eq i32 %1117, 0
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %1115, 24
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1157, label %1161

1129:
	call void @llvm.nvvm.barrier0()
	%1130 = sub i32 255, %0
	%1131 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1130
	%1132 = load i32, i32 addrspace(3)* %1131
	%1133 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1133
	%1134 = and i32 %0, 31
	%1135 = lshr i32 %0, 5
	%1136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1132, i32 1, i32 0)
	%1137 = icmp uge i32 %1134, 1
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1132, %1138
	%1140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1139, i32 2, i32 0)
	%1141 = icmp uge i32 %1134, 2
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1139, %1142
	%1144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1143, i32 4, i32 0)
	%1145 = icmp uge i32 %1134, 4
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1143, %1146
	%1148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1147, i32 8, i32 0)
	%1149 = icmp uge i32 %1134, 8
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %1147, %1150
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1151, i32 16, i32 0)
	%1153 = icmp uge i32 %1134, 16
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1151, %1154
	%1156 = icmp eq i32 %1134, 31
	br i1 %1156, label %1163, label %1165

1157:
	%1158 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1121
	%1159 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1160 = atomicrmw add i32 addrspace(3)* %1158, i32 %1159 monotonic
	br label %1161

1161:
	%1162 = add i32 %1111, 256
	br label %1110

1163:
	%1164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1135
	store i32 %1155, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.barrier0()
	%1166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1167 = load i32, i32 addrspace(3)* %1166
	%1168 = icmp sgt i32 %1135, 0
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 0, %1169
	%1171 = add i32 0, %1167
	%1172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1173 = load i32, i32 addrspace(3)* %1172
	%1174 = icmp sgt i32 %1135, 1
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = add i32 %1170, %1175
	%1177 = add i32 %1171, %1173
	%1178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = icmp sgt i32 %1135, 2
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1176, %1181
	%1183 = add i32 %1177, %1179
	%1184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1185 = load i32, i32 addrspace(3)* %1184
	%1186 = icmp sgt i32 %1135, 3
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = add i32 %1182, %1187
	%1189 = add i32 %1183, %1185
	%1190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = icmp sgt i32 %1135, 4
	%1193 = select i1 %1192, i32 %1191, i32 0
	%1194 = add i32 %1188, %1193
	%1195 = add i32 %1189, %1191
	%1196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = icmp sgt i32 %1135, 5
	%1199 = select i1 %1198, i32 %1197, i32 0
	%1200 = add i32 %1194, %1199
	%1201 = add i32 %1195, %1197
	%1202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp sgt i32 %1135, 6
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = add i32 %1200, %1205
	%1207 = add i32 %1201, %1203
	%1208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp sgt i32 %1135, 7
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = add i32 %1206, %1211
	%1213 = add i32 %1207, %1209
	%1214 = add i32 %1212, %1155
	%1215 = sub i32 %1214, %1132
	%1216 = icmp slt i32 %1215, %961
	%1217 = add i32 %1215, %1132
	%1218 = icmp sle i32 %961, %1217
	%1219 = and i1 %1216, %1218
	br i1 %1219, label %1220, label %1223

1220:
	%1221 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1130, i32 addrspace(3)* %1221
	%1222 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1215, i32 addrspace(3)* %1222
	br label %1223

1223:
	call void @llvm.nvvm.barrier0()
	%1224 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = sub i32 %961, %1227
	%1229 = shl i32 %1225, 24
	%1230 = or i32 0, %1229
	%1231 = or i32 0, u0xFF000000
	br label %1232

1232:
	%1233 = phi i32 [ %0, %1223 ], [ %1284, %1283 ]
	%1234 = icmp slt i32 %1233, %16
	br i1 %1234, label %1235, label %1251

1235:
	%1236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1233
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = icmp uge i32 %1237, 2
	%1239 = and i32 %1237, %1231
	%1240 = icmp eq i32 %1239, %1230
	%1241 = and i1 %1238, %1240
	%1242 = lshr i32 %1237, 16
	%1243 = and i32 %1242, 255
	%1244 = select i1 %1241, i32 %1243, i32 256
	%1245 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1244)
	%1246 = shl i32 1, %3
	%1247 = sub i32 %1246, 1
	%1248 = and i32 %1245, %1247
	%1249 = icmp eq i32 %1248, 0
	%1250 = and i1 %1241, %1249
	br i1 %1250, label %1279, label %1283

1251:
	call void @llvm.nvvm.barrier0()
	%1252 = sub i32 255, %0
	%1253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1252
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1255
	%1256 = and i32 %0, 31
	%1257 = lshr i32 %0, 5
	%1258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1254, i32 1, i32 0)
	%1259 = icmp uge i32 %1256, 1
	%1260 = select i1 %1259, i32 %1258, i32 0
	%1261 = add i32 %1254, %1260
	%1262 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1261, i32 2, i32 0)
	%1263 = icmp uge i32 %1256, 2
	%1264 = select i1 %1263, i32 %1262, i32 0
	%1265 = add i32 %1261, %1264
	%1266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1265, i32 4, i32 0)
	%1267 = icmp uge i32 %1256, 4
	%1268 = select i1 %1267, i32 %1266, i32 0
	%1269 = add i32 %1265, %1268
	%1270 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1269, i32 8, i32 0)
	%1271 = icmp uge i32 %1256, 8
	%1272 = select i1 %1271, i32 %1270, i32 0
	%1273 = add i32 %1269, %1272
	%1274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1273, i32 16, i32 0)
	%1275 = icmp uge i32 %1256, 16
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = add i32 %1273, %1276
	%1278 = icmp eq i32 %1256, 31
	br i1 %1278, label %1285, label %1287

1279:
	%1280 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1243
	%1281 = call i32 @llvm.ctpop.i32(i32 %1245)
	%1282 = atomicrmw add i32 addrspace(3)* %1280, i32 %1281 monotonic
	br label %1283

1283:
	%1284 = add i32 %1233, 256
	br label %1232

1285:
	%1286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1257
	store i32 %1277, i32 addrspace(3)* %1286
	br label %1287

1287:
	call void @llvm.nvvm.barrier0()
	%1288 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = icmp sgt i32 %1257, 0
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 0, %1291
	%1293 = add i32 0, %1289
	%1294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = icmp sgt i32 %1257, 1
	%1297 = select i1 %1296, i32 %1295, i32 0
	%1298 = add i32 %1292, %1297
	%1299 = add i32 %1293, %1295
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = icmp sgt i32 %1257, 2
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1298, %1303
	%1305 = add i32 %1299, %1301
	%1306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1307 = load i32, i32 addrspace(3)* %1306
	%1308 = icmp sgt i32 %1257, 3
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = add i32 %1304, %1309
	%1311 = add i32 %1305, %1307
	%1312 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp sgt i32 %1257, 4
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = add i32 %1310, %1315
	%1317 = add i32 %1311, %1313
	%1318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = icmp sgt i32 %1257, 5
	%1321 = select i1 %1320, i32 %1319, i32 0
	%1322 = add i32 %1316, %1321
	%1323 = add i32 %1317, %1319
	%1324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = icmp sgt i32 %1257, 6
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = add i32 %1322, %1327
	%1329 = add i32 %1323, %1325
	%1330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp sgt i32 %1257, 7
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = add i32 %1328, %1333
	%1335 = add i32 %1329, %1331
	%1336 = add i32 %1334, %1277
	%1337 = sub i32 %1336, %1254
	%1338 = icmp slt i32 %1337, %1228
	%1339 = add i32 %1337, %1254
	%1340 = icmp sle i32 %1228, %1339
	%1341 = and i1 %1338, %1340
	br i1 %1341, label %1342, label %1345

1342:
	%1343 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1252, i32 addrspace(3)* %1343
	%1344 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1337, i32 addrspace(3)* %1344
	br label %1345

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = sub i32 %1228, %1349
	%1351 = shl i32 %1347, 16
	%1352 = or i32 %1230, %1351
	%1353 = or i32 %1231, u0xFF0000
	br label %1354

1354:
	%1355 = phi i32 [ %0, %1345 ], [ %1406, %1405 ]
	%1356 = icmp slt i32 %1355, %16
	br i1 %1356, label %1357, label %1373

1357:
	%1358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1355
	%1359 = load i32, i32 addrspace(3)* %1358
	%1360 = icmp uge i32 %1359, 2
	%1361 = and i32 %1359, %1353
	%1362 = icmp eq i32 %1361, %1352
	%1363 = and i1 %1360, %1362
	%1364 = lshr i32 %1359, 8
	%1365 = and i32 %1364, 255
	%1366 = select i1 %1363, i32 %1365, i32 256
	%1367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1366)
	%1368 = shl i32 1, %3
	%1369 = sub i32 %1368, 1
	%1370 = and i32 %1367, %1369
	%1371 = icmp eq i32 %1370, 0
	%1372 = and i1 %1363, %1371
	br i1 %1372, label %1401, label %1405

1373:
	call void @llvm.nvvm.barrier0()
	%1374 = sub i32 255, %0
	%1375 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1374
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1377
	%1378 = and i32 %0, 31
	%1379 = lshr i32 %0, 5
	%1380 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1376, i32 1, i32 0)
	%1381 = icmp uge i32 %1378, 1
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = add i32 %1376, %1382
	%1384 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1383, i32 2, i32 0)
	%1385 = icmp uge i32 %1378, 2
	%1386 = select i1 %1385, i32 %1384, i32 0
	%1387 = add i32 %1383, %1386
	%1388 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1387, i32 4, i32 0)
	%1389 = icmp uge i32 %1378, 4
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %1387, %1390
	%1392 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1391, i32 8, i32 0)
	%1393 = icmp uge i32 %1378, 8
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = add i32 %1391, %1394
	%1396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1395, i32 16, i32 0)
	%1397 = icmp uge i32 %1378, 16
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = add i32 %1395, %1398
	%1400 = icmp eq i32 %1378, 31
	br i1 %1400, label %1407, label %1409

1401:
	%1402 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1365
	%1403 = call i32 @llvm.ctpop.i32(i32 %1367)
	%1404 = atomicrmw add i32 addrspace(3)* %1402, i32 %1403 monotonic
	br label %1405

1405:
	%1406 = add i32 %1355, 256
	br label %1354

1407:
	%1408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1379
	store i32 %1399, i32 addrspace(3)* %1408
	br label %1409

1409:
	call void @llvm.nvvm.barrier0()
	%1410 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1411 = load i32, i32 addrspace(3)* %1410
	%1412 = icmp sgt i32 %1379, 0
	%1413 = select i1 %1412, i32 %1411, i32 0
	%1414 = add i32 0, %1413
	%1415 = add i32 0, %1411
	%1416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1417 = load i32, i32 addrspace(3)* %1416
	%1418 = icmp sgt i32 %1379, 1
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = add i32 %1414, %1419
	%1421 = add i32 %1415, %1417
	%1422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = icmp sgt i32 %1379, 2
	%1425 = select i1 %1424, i32 %1423, i32 0
	%1426 = add i32 %1420, %1425
	%1427 = add i32 %1421, %1423
	%1428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1429 = load i32, i32 addrspace(3)* %1428
	%1430 = icmp sgt i32 %1379, 3
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1426, %1431
	%1433 = add i32 %1427, %1429
	%1434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1435 = load i32, i32 addrspace(3)* %1434
	%1436 = icmp sgt i32 %1379, 4
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %1432, %1437
	%1439 = add i32 %1433, %1435
	%1440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = icmp sgt i32 %1379, 5
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = add i32 %1438, %1443
	%1445 = add i32 %1439, %1441
	%1446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1447 = load i32, i32 addrspace(3)* %1446
	%1448 = icmp sgt i32 %1379, 6
	%1449 = select i1 %1448, i32 %1447, i32 0
	%1450 = add i32 %1444, %1449
	%1451 = add i32 %1445, %1447
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp sgt i32 %1379, 7
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = add i32 %1450, %1455
	%1457 = add i32 %1451, %1453
	%1458 = add i32 %1456, %1399
	%1459 = sub i32 %1458, %1376
	%1460 = icmp slt i32 %1459, %1350
	%1461 = add i32 %1459, %1376
	%1462 = icmp sle i32 %1350, %1461
	%1463 = and i1 %1460, %1462
	br i1 %1463, label %1464, label %1467

1464:
	%1465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1374, i32 addrspace(3)* %1465
	%1466 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1459, i32 addrspace(3)* %1466
	br label %1467

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1471 = load i32, i32 addrspace(3)* %1470
	%1472 = sub i32 %1350, %1471
	%1473 = shl i32 %1469, 8
	%1474 = or i32 %1352, %1473
	%1475 = or i32 %1353, u0xFF00
	br label %1476

1476:
	%1477 = phi i32 [ %0, %1467 ], [ %1528, %1527 ]
	%1478 = icmp slt i32 %1477, %16
	br i1 %1478, label %1479, label %1495

1479:
	%1480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1477
	%1481 = load i32, i32 addrspace(3)* %1480
	%1482 = icmp uge i32 %1481, 2
	%1483 = and i32 %1481, %1475
	%1484 = icmp eq i32 %1483, %1474
	%1485 = and i1 %1482, %1484
	%1486 = lshr i32 %1481, 0
	%1487 = and i32 %1486, 255
	%1488 = select i1 %1485, i32 %1487, i32 256
	%1489 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1488)
	%1490 = shl i32 1, %3
	%1491 = sub i32 %1490, 1
	%1492 = and i32 %1489, %1491
	%1493 = icmp eq i32 %1492, 0
	%1494 = and i1 %1485, %1493
	br i1 %1494, label %1523, label %1527

1495:
	call void @llvm.nvvm.barrier0()
	%1496 = sub i32 255, %0
	%1497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1496
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1499
	%1500 = and i32 %0, 31
	%1501 = lshr i32 %0, 5
	%1502 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1498, i32 1, i32 0)
	%1503 = icmp uge i32 %1500, 1
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = add i32 %1498, %1504
	%1506 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1505, i32 2, i32 0)
	%1507 = icmp uge i32 %1500, 2
	%1508 = select i1 %1507, i32 %1506, i32 0
	%1509 = add i32 %1505, %1508
	%1510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1509, i32 4, i32 0)
	%1511 = icmp uge i32 %1500, 4
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1509, %1512
	%1514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1513, i32 8, i32 0)
	%1515 = icmp uge i32 %1500, 8
	%1516 = select i1 %1515, i32 %1514, i32 0
	%1517 = add i32 %1513, %1516
	%1518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1517, i32 16, i32 0)
	%1519 = icmp uge i32 %1500, 16
	%1520 = select i1 %1519, i32 %1518, i32 0
	%1521 = add i32 %1517, %1520
	%1522 = icmp eq i32 %1500, 31
	br i1 %1522, label %1529, label %1531

1523:
	%1524 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1487
	%1525 = call i32 @llvm.ctpop.i32(i32 %1489)
	%1526 = atomicrmw add i32 addrspace(3)* %1524, i32 %1525 monotonic
	br label %1527

1527:
	%1528 = add i32 %1477, 256
	br label %1476

1529:
	%1530 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1501
	store i32 %1521, i32 addrspace(3)* %1530
	br label %1531

1531:
	call void @llvm.nvvm.barrier0()
	%1532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = icmp sgt i32 %1501, 0
	%1535 = select i1 %1534, i32 %1533, i32 0
	%1536 = add i32 0, %1535
	%1537 = add i32 0, %1533
	%1538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1539 = load i32, i32 addrspace(3)* %1538
	%1540 = icmp sgt i32 %1501, 1
	%1541 = select i1 %1540, i32 %1539, i32 0
	%1542 = add i32 %1536, %1541
	%1543 = add i32 %1537, %1539
	%1544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1545 = load i32, i32 addrspace(3)* %1544
	%1546 = icmp sgt i32 %1501, 2
	%1547 = select i1 %1546, i32 %1545, i32 0
	%1548 = add i32 %1542, %1547
	%1549 = add i32 %1543, %1545
	%1550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1551 = load i32, i32 addrspace(3)* %1550
	%1552 = icmp sgt i32 %1501, 3
	%1553 = select i1 %1552, i32 %1551, i32 0
	%1554 = add i32 %1548, %1553
	%1555 = add i32 %1549, %1551
	%1556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = icmp sgt i32 %1501, 4
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1554, %1559
	%1561 = add i32 %1555, %1557
	%1562 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = icmp sgt i32 %1501, 5
	%1565 = select i1 %1564, i32 %1563, i32 0
	%1566 = add i32 %1560, %1565
	%1567 = add i32 %1561, %1563
	%1568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1569 = load i32, i32 addrspace(3)* %1568
	%1570 = icmp sgt i32 %1501, 6
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = add i32 %1566, %1571
	%1573 = add i32 %1567, %1569
	%1574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = icmp sgt i32 %1501, 7
	%1577 = select i1 %1576, i32 %1575, i32 0
	%1578 = add i32 %1572, %1577
	%1579 = add i32 %1573, %1575
	%1580 = add i32 %1578, %1521
	%1581 = sub i32 %1580, %1498
	%1582 = icmp slt i32 %1581, %1472
	%1583 = add i32 %1581, %1498
	%1584 = icmp sle i32 %1472, %1583
	%1585 = and i1 %1582, %1584
	br i1 %1585, label %1586, label %1589

1586:
	%1587 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1496, i32 addrspace(3)* %1587
	%1588 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1581, i32 addrspace(3)* %1588
	br label %1589

1589:
	call void @llvm.nvvm.barrier0()
	%1590 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1591 = load i32, i32 addrspace(3)* %1590
	%1592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = sub i32 %1472, %1593
	%1595 = shl i32 %1591, 0
	%1596 = or i32 %1474, %1595
	%1597 = or i32 %1475, 255
	%1598 = shl i32 1, %3
	%1599 = sub i32 %1598, 1
	br label %1600

1600:
	%1601 = phi i32 [ 0, %1589 ], [ %1655, %1654 ]
	%1602 = icmp slt i32 %1601, %16
	br i1 %1602, label %1603, label %1612

1603:
	%1604 = add i32 %1601, %0
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1604
	%1606 = load i32, i32 addrspace(3)* %1605
	%1607 = icmp ugt i32 %1606, %1596
	%1608 = icmp eq i32 %1606, %1596
	%1609 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1607)
	%1610 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1608)
	%1611 = icmp eq i32 %3, 0
	br i1 %1611, label %1646, label %1654

1612:
	call void @llvm.nvvm.barrier0()
	%1613 = sdiv i32 %16, 256
	%1614 = mul i32 %1613, 8
	%1615 = icmp slt i32 %0, %1614
	%1616 = select i1 %1615, i32 %0, i32 0
	%1617 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1616
	%1618 = load i32, i32 addrspace(3)* %1617
	%1619 = select i1 %1615, i32 %1618, i32 0
	%1620 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1616
	%1621 = load i32, i32 addrspace(3)* %1620
	%1622 = select i1 %1615, i32 %1621, i32 0
	%1623 = and i32 %0, 31
	%1624 = lshr i32 %0, 5
	%1625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 1, i32 0)
	%1626 = icmp uge i32 %1623, 1
	%1627 = select i1 %1626, i32 %1625, i32 0
	%1628 = add i32 %1622, %1627
	%1629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1628, i32 2, i32 0)
	%1630 = icmp uge i32 %1623, 2
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = add i32 %1628, %1631
	%1633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1632, i32 4, i32 0)
	%1634 = icmp uge i32 %1623, 4
	%1635 = select i1 %1634, i32 %1633, i32 0
	%1636 = add i32 %1632, %1635
	%1637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1636, i32 8, i32 0)
	%1638 = icmp uge i32 %1623, 8
	%1639 = select i1 %1638, i32 %1637, i32 0
	%1640 = add i32 %1636, %1639
	%1641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 16, i32 0)
	%1642 = icmp uge i32 %1623, 16
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 %1640, %1643
	%1645 = icmp eq i32 %1623, 31
	br i1 %1645, label %1656, label %1658

1646:
	%1647 = sdiv i32 %1601, 256
	%1648 = mul i32 %1647, 8
	%1649 = add i32 %1648, %4
	%1650 = call i32 @llvm.ctpop.i32(i32 %1609)
	%1651 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1649
	store i32 %1650, i32 addrspace(3)* %1651
	%1652 = call i32 @llvm.ctpop.i32(i32 %1610)
	%1653 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1649
	store i32 %1652, i32 addrspace(3)* %1653
	br label %1654

1654:
	%1655 = add i32 %1601, 256
	br label %1600

1656:
	%1657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1624
	store i32 %1644, i32 addrspace(3)* %1657
	br label %1658

1658:
	call void @llvm.nvvm.barrier0()
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1624, 0
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 0, %1662
	%1664 = add i32 0, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1624, 1
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1624, 2
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1624, 3
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1624, 4
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1624, 5
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1624, 6
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1624, 7
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 %1699, %1704
	%1706 = add i32 %1700, %1702
	%1707 = add i32 %1705, %1644
	%1708 = sub i32 %1707, %1622
	%1709 = sub i32 %1594, %1708
	%1710 = icmp sgt i32 %1709, 0
	%1711 = select i1 %1710, i32 %1709, i32 0
	%1712 = icmp slt i32 %1711, %1622
	%1713 = select i1 %1712, i32 %1711, i32 %1622
	%1714 = add i32 %1619, %1713
	%1715 = and i32 %0, 31
	%1716 = lshr i32 %0, 5
	%1717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1714, i32 1, i32 0)
	%1718 = icmp uge i32 %1715, 1
	%1719 = select i1 %1718, i32 %1717, i32 0
	%1720 = add i32 %1714, %1719
	%1721 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1720, i32 2, i32 0)
	%1722 = icmp uge i32 %1715, 2
	%1723 = select i1 %1722, i32 %1721, i32 0
	%1724 = add i32 %1720, %1723
	%1725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1724, i32 4, i32 0)
	%1726 = icmp uge i32 %1715, 4
	%1727 = select i1 %1726, i32 %1725, i32 0
	%1728 = add i32 %1724, %1727
	%1729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1728, i32 8, i32 0)
	%1730 = icmp uge i32 %1715, 8
	%1731 = select i1 %1730, i32 %1729, i32 0
	%1732 = add i32 %1728, %1731
	%1733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1732, i32 16, i32 0)
	%1734 = icmp uge i32 %1715, 16
	%1735 = select i1 %1734, i32 %1733, i32 0
	%1736 = add i32 %1732, %1735
	%1737 = icmp eq i32 %1715, 31
	br i1 %1737, label %1738, label %1740

1738:
	%1739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %1716
	store i32 %1736, i32 addrspace(3)* %1739
	br label %1740

1740:
	call void @llvm.nvvm.barrier0()
	%1741 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%1742 = load i32, i32 addrspace(3)* %1741
	%1743 = icmp sgt i32 %1716, 0
	%1744 = select i1 %1743, i32 %1742, i32 0
	%1745 = add i32 0, %1744
	%1746 = add i32 0, %1742
	%1747 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%1748 = load i32, i32 addrspace(3)* %1747
	%1749 = icmp sgt i32 %1716, 1
	%1750 = select i1 %1749, i32 %1748, i32 0
	%1751 = add i32 %1745, %1750
	%1752 = add i32 %1746, %1748
	%1753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%1754 = load i32, i32 addrspace(3)* %1753
	%1755 = icmp sgt i32 %1716, 2
	%1756 = select i1 %1755, i32 %1754, i32 0
	%1757 = add i32 %1751, %1756
	%1758 = add i32 %1752, %1754
	%1759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = icmp sgt i32 %1716, 3
	%1762 = select i1 %1761, i32 %1760, i32 0
	%1763 = add i32 %1757, %1762
	%1764 = add i32 %1758, %1760
	%1765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%1766 = load i32, i32 addrspace(3)* %1765
	%1767 = icmp sgt i32 %1716, 4
	%1768 = select i1 %1767, i32 %1766, i32 0
	%1769 = add i32 %1763, %1768
	%1770 = add i32 %1764, %1766
	%1771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = icmp sgt i32 %1716, 5
	%1774 = select i1 %1773, i32 %1772, i32 0
	%1775 = add i32 %1769, %1774
	%1776 = add i32 %1770, %1772
	%1777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%1778 = load i32, i32 addrspace(3)* %1777
	%1779 = icmp sgt i32 %1716, 6
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = add i32 %1775, %1780
	%1782 = add i32 %1776, %1778
	%1783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = icmp sgt i32 %1716, 7
	%1786 = select i1 %1785, i32 %1784, i32 0
	%1787 = add i32 %1781, %1786
	%1788 = add i32 %1782, %1784
	%1789 = add i32 %1787, %1736
	%1790 = sub i32 %1789, %1714
	br i1 %1615, label %1791, label %1794

1791:
	%1792 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %0
	store i32 %1790, i32 addrspace(3)* %1792
	%1793 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %0
	store i32 %1708, i32 addrspace(3)* %1793
	br label %1794

1794:
	call void @llvm.nvvm.barrier0()
	br label %1795

1795:
	%1796 = phi i32 [ 0, %1794 ], [ %1828, %1827 ]
	%1797 = icmp slt i32 %1796, %16
	br i1 %1797, label %1798, label %1823

1798:
	%1799 = add i32 %1796, %0
	%1800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1799
	%1801 = load i32, i32 addrspace(3)* %1800
	%1802 = icmp ugt i32 %1801, %1596
	%1803 = icmp eq i32 %1801, %1596
	%1804 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1802)
	%1805 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1803)
	%1806 = sdiv i32 %1796, 256
	%1807 = mul i32 %1806, 8
	%1808 = add i32 %1807, %4
	%1809 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1808
	%1810 = load i32, i32 addrspace(3)* %1809
	%1811 = and i32 %1805, %1599
	%1812 = call i32 @llvm.ctpop.i32(i32 %1811)
	%1813 = add i32 %1810, %1812
	%1814 = icmp slt i32 %1813, %1594
	%1815 = and i1 %1803, %1814
	%1816 = or i1 %1802, %1815
	%1817 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1816)
	%1818 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1808
	%1819 = load i32, i32 addrspace(3)* %1818
	%1820 = and i32 %1817, %1599
	%1821 = call i32 @llvm.ctpop.i32(i32 %1820)
	%1822 = add i32 %1819, %1821
	br i1 %1816, label %1824, label %1827

1823:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1824:
	%1825 = add i32 %1796, %0
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1822
	store i32 %1825, i32 addrspace(3)* %1826
	br label %1827

1827:
	%1828 = add i32 %1796, 256
	br label %1795

1829:
	%1830 = phi i32 [ %977, %mass_taken ], [ %1834, %1832 ]
	%1831 = icmp slt i32 %1830, %976
	br i1 %1831, label %1832, label %1835

1832:
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1830
	store i32 -1, i32 addrspace(3)* %1833
	%1834 = add i32 %1830, 256
	br label %1829

1835:
	call void @llvm.nvvm.barrier0()
	%1836 = add i32 %975, 1
	br label %1837

1837:
	%1838 = phi i32 [ 1, %1835 ], [ %1854, %1853 ]
	%1839 = icmp slt i32 %1838, %1836
	br i1 %1839, label %1840, label %1842

1840:
	%1841 = shl i32 1, %1838
	br label %1843

1842:
	br label %1895

1843:
	%1844 = phi i32 [ 0, %1840 ], [ %1889, %1888 ]
	%1845 = icmp slt i32 %1844, %1838
	br i1 %1845, label %1846, label %1853

1846:
	%1847 = sub i32 %1838, 1
	%1848 = sub i32 %1847, %1844
	%1849 = shl i32 1, %1848
	%1850 = sub i32 %1838, 1
	%1851 = sub i32 %1850, %1844
	%1852 = lshr i32 %976, 1
	br label %1855

1853:
	%1854 = add i32 %1838, 1
	br label %1837

1855:
	%1856 = phi i32 [ %0, %1846 ], [ %1894, %1893 ]
	%1857 = icmp slt i32 %1856, %1852
	br i1 %1857, label %1858, label %1888

1858:
	%1859 = lshr i32 %1856, %1851
	%1860 = add i32 %1851, 1
	%1861 = shl i32 %1859, %1860
	%1862 = sub i32 %1849, 1
	%1863 = and i32 %1856, %1862
	%1864 = or i32 %1861, %1863
	%1865 = or i32 %1864, %1849
	%1866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1864
	%1867 = load i32, i32 addrspace(3)* %1866
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1865
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = and i32 %1864, %1841
	%1871 = icmp eq i32 %1870, 0
	%1872 = icmp sge i32 %1869, 0
	%1873 = select i1 %1872, i32 %1869, i32 0
	%1874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1873
	%1875 = load i32, i32 addrspace(3)* %1874
	%1876 = select i1 %1872, i32 %1875, i32 0
	%1877 = icmp sge i32 %1867, 0
	%1878 = select i1 %1877, i32 %1867, i32 0
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1878
	%1880 = load i32, i32 addrspace(3)* %1879
	%1881 = select i1 %1877, i32 %1880, i32 0
	%1882 = icmp ugt i32 %1876, %1881
	%1883 = icmp eq i32 %1876, %1881
	%1884 = icmp slt i32 %1869, %1867
	%1885 = and i1 %1883, %1884
	%1886 = or i1 %1882, %1885
	%1887 = icmp eq i1 %1886, %1871
	br i1 %1887, label %1890, label %1893

1888:
	call void @llvm.nvvm.barrier0()
	%1889 = add i32 %1844, 1
	br label %1843

1890:
	%1891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1864
	store i32 %1869, i32 addrspace(3)* %1891
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1865
	store i32 %1867, i32 addrspace(3)* %1892
	br label %1893

1893:
	%1894 = add i32 %1856, 256
	br label %1855

1895:
	%1896 = phi i32 [ %0, %1842 ], [ %1909, %1898 ]
	%1897 = icmp slt i32 %1896, %961
	br i1 %1897, label %1898, label %1910

1898:
	%1899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1896
	%1900 = load i32, i32 addrspace(3)* %1899
	%1901 = add i32 %421, %1896
	%1902 = add i32 %13, %1901
	%1903 = sext i32 %1902 to i64
	%1904 = getelementptr i32, i32* %list, i64 %1903
	store i32 %1900, i32* %1904
	%1905 = add i32 %13, %NK
	%1906 = add i32 %1905, %1901
	%1907 = sext i32 %1906 to i64
	%1908 = getelementptr i32, i32* %list, i64 %1907
	store i32 0, i32* %1908
	%1909 = add i32 %1896, 256
	br label %1895

1910:
	call void @llvm.nvvm.barrier0()
	%1911 = icmp eq i32 %4, 0
	br i1 %1911, label %1912, label %1915

1912:
	%1913 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%1914 = load double, double addrspace(3)* %1913
	br label %1928

1915:
	call void @llvm.nvvm.barrier0()
	%1916 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	%1917 = load i32, i32 addrspace(3)* %1916
	%1918 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	%1919 = load i32, i32 addrspace(3)* %1918
	%1920 = icmp ne i32 %1919, 0
	%1921 = icmp sge i32 %961, %422
	%1922 = or i1 %1920, %1921
	%1923 = mul i32 %961, 4
	%1924 = icmp sgt i32 %1923, 64
	%1925 = select i1 %1924, i32 %1923, i32 64
	%1926 = icmp slt i32 %1925, %422
	%1927 = select i1 %1926, i32 %1925, i32 %422
	br i1 %1922, label %mass_done, label %mass

1928:
	%1929 = phi i32 [ 0, %1912 ], [ %2393, %2390 ]
	%1930 = phi double [ %1914, %1912 ], [ %2391, %2390 ]
	%1931 = phi i32 [ 0, %1912 ], [ %2392, %2390 ]
	%1932 = icmp slt i32 %1929, %961
	br i1 %1932, label %1933, label %1936

1933:
	%1934 = add i32 %1929, %3
	%1935 = icmp slt i32 %1934, %961
	br i1 %1935, label %1938, label %1945

1936:
	%1937 = icmp eq i32 %3, 0
	br i1 %1937, label %2394, label %2399

1938:
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1934
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1940
	%1942 = load i32, i32 addrspace(3)* %1941
	%1943 = sub i32 %1942, 2
	%1944 = bitcast i32 %1943 to float
	br label %1945

1945:
	%1946 = phi float [ 0.0, %1933 ], [ %1944, %1938 ]
	%1947 = fpext float %1946 to double
	%1948 = fcmp one float %1946, 0.0
	%1949 = call float @llvm.fabs.f32(float %1946)
	%1950 = fcmp olt float %1949, 0x3E20000000000000
	%1951 = and i1 %1948, %1950
	%1952 = fmul double %1930, 4.503599627370496e+15
	%1953 = call double @llvm.trunc.f64(double %1952)
	%1954 = fcmp oeq double %1952, %1953
	%1955 = bitcast double %1947 to i64
	%1956 = trunc i64 %1955 to i32
	%1957 = lshr i64 %1955, 32
	%1958 = trunc i64 %1957 to i32
	%1959 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1956, i32 1, i32 0)
	%1960 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1958, i32 1, i32 0)
	%1961 = zext i32 %1959 to i64
	%1962 = zext i32 %1960 to i64
	%1963 = shl i64 %1962, 32
	%1964 = or i64 %1961, %1963
	%1965 = bitcast i64 %1964 to double
	%1966 = icmp uge i32 %3, 1
	%1967 = fadd double %1947, %1965
	%1968 = select i1 %1966, double %1967, double %1947
	%1969 = bitcast double %1968 to i64
	%1970 = trunc i64 %1969 to i32
	%1971 = lshr i64 %1969, 32
	%1972 = trunc i64 %1971 to i32
	%1973 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1970, i32 2, i32 0)
	%1974 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1972, i32 2, i32 0)
	%1975 = zext i32 %1973 to i64
	%1976 = zext i32 %1974 to i64
	%1977 = shl i64 %1976, 32
	%1978 = or i64 %1975, %1977
	%1979 = bitcast i64 %1978 to double
	%1980 = icmp uge i32 %3, 2
	%1981 = fadd double %1968, %1979
	%1982 = select i1 %1980, double %1981, double %1968
	%1983 = bitcast double %1982 to i64
	%1984 = trunc i64 %1983 to i32
	%1985 = lshr i64 %1983, 32
	%1986 = trunc i64 %1985 to i32
	%1987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1984, i32 4, i32 0)
	%1988 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1986, i32 4, i32 0)
	%1989 = zext i32 %1987 to i64
	%1990 = zext i32 %1988 to i64
	%1991 = shl i64 %1990, 32
	%1992 = or i64 %1989, %1991
	%1993 = bitcast i64 %1992 to double
	%1994 = icmp uge i32 %3, 4
	%1995 = fadd double %1982, %1993
	%1996 = select i1 %1994, double %1995, double %1982
	%1997 = bitcast double %1996 to i64
	%1998 = trunc i64 %1997 to i32
	%1999 = lshr i64 %1997, 32
	%2000 = trunc i64 %1999 to i32
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1998, i32 8, i32 0)
	%2002 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 8, i32 0)
	%2003 = zext i32 %2001 to i64
	%2004 = zext i32 %2002 to i64
	%2005 = shl i64 %2004, 32
	%2006 = or i64 %2003, %2005
	%2007 = bitcast i64 %2006 to double
	%2008 = icmp uge i32 %3, 8
	%2009 = fadd double %1996, %2007
	%2010 = select i1 %2008, double %2009, double %1996
	%2011 = bitcast double %2010 to i64
	%2012 = trunc i64 %2011 to i32
	%2013 = lshr i64 %2011, 32
	%2014 = trunc i64 %2013 to i32
	%2015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 16, i32 0)
	%2016 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2014, i32 16, i32 0)
	%2017 = zext i32 %2015 to i64
	%2018 = zext i32 %2016 to i64
	%2019 = shl i64 %2018, 32
	%2020 = or i64 %2017, %2019
	%2021 = bitcast i64 %2020 to double
	%2022 = icmp uge i32 %3, 16
	%2023 = fadd double %2010, %2021
	%2024 = select i1 %2022, double %2023, double %2010
	%2025 = bitcast double %2024 to i64
	%2026 = trunc i64 %2025 to i32
	%2027 = lshr i64 %2025, 32
	%2028 = trunc i64 %2027 to i32
	%2029 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2026, i32 31, i32 31)
	%2030 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2028, i32 31, i32 31)
	%2031 = zext i32 %2029 to i64
	%2032 = zext i32 %2030 to i64
	%2033 = shl i64 %2032, 32
	%2034 = or i64 %2031, %2033
	%2035 = bitcast i64 %2034 to double
	%2036 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1951)
	%2037 = xor i1 %2036, true
	%2038 = and i1 %1954, %2037
	%2039 = fadd double %1930, %2035
	%2040 = fcmp olt double %2039, 1.5
	%2041 = and i1 %2038, %2040
	%2042 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2043 = or i1 %2041, %2042
	br i1 %2043, label %2044, label %2069

2044:
	%2045 = fsub double %2024, %1947
	%2046 = fadd double %1930, %2045
	%2047 = fcmp olt double %2046, 0x3FECCCCCCCCCCCCD
	%2048 = and i1 %1935, %2047
	%2049 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2048)
	%2050 = call i32 @llvm.ctpop.i32(i32 %2049)
	%2051 = sub i32 %2050, 1
	%2052 = icmp sgt i32 %2051, 0
	%2053 = select i1 %2052, i32 %2051, i32 0
	%2054 = bitcast double %2024 to i64
	%2055 = trunc i64 %2054 to i32
	%2056 = lshr i64 %2054, 32
	%2057 = trunc i64 %2056 to i32
	%2058 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2055, i32 %2053, i32 31)
	%2059 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2057, i32 %2053, i32 31)
	%2060 = zext i32 %2058 to i64
	%2061 = zext i32 %2059 to i64
	%2062 = shl i64 %2061, 32
	%2063 = or i64 %2060, %2062
	%2064 = bitcast i64 %2063 to double
	%2065 = icmp sgt i32 %2050, 0
	%2066 = fadd double %1930, %2064
	%2067 = select i1 %2065, double %2066, double %1930
	%2068 = add i32 %1931, %2050
	br label %2390

2069:
	%2070 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 0, i32 31)
	%2071 = fcmp olt double %1930, 0x3FECCCCCCCCCCCCD
	%2072 = add i32 %1929, 0
	%2073 = icmp slt i32 %2072, %961
	%2074 = and i1 %2071, %2073
	%2075 = fpext float %2070 to double
	%2076 = fadd double %1930, %2075
	%2077 = select i1 %2074, double %2076, double %1930
	%2078 = add i32 %1931, 1
	%2079 = select i1 %2074, i32 %2078, i32 %1931
	%2080 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 1, i32 31)
	%2081 = fcmp olt double %2077, 0x3FECCCCCCCCCCCCD
	%2082 = add i32 %1929, 1
	%2083 = icmp slt i32 %2082, %961
	%2084 = and i1 %2081, %2083
	%2085 = fpext float %2080 to double
	%2086 = fadd double %2077, %2085
	%2087 = select i1 %2084, double %2086, double %2077
	%2088 = add i32 %2079, 1
	%2089 = select i1 %2084, i32 %2088, i32 %2079
	%2090 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 2, i32 31)
	%2091 = fcmp olt double %2087, 0x3FECCCCCCCCCCCCD
	%2092 = add i32 %1929, 2
	%2093 = icmp slt i32 %2092, %961
	%2094 = and i1 %2091, %2093
	%2095 = fpext float %2090 to double
	%2096 = fadd double %2087, %2095
	%2097 = select i1 %2094, double %2096, double %2087
	%2098 = add i32 %2089, 1
	%2099 = select i1 %2094, i32 %2098, i32 %2089
	%2100 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 3, i32 31)
	%2101 = fcmp olt double %2097, 0x3FECCCCCCCCCCCCD
	%2102 = add i32 %1929, 3
	%2103 = icmp slt i32 %2102, %961
	%2104 = and i1 %2101, %2103
	%2105 = fpext float %2100 to double
	%2106 = fadd double %2097, %2105
	%2107 = select i1 %2104, double %2106, double %2097
	%2108 = add i32 %2099, 1
	%2109 = select i1 %2104, i32 %2108, i32 %2099
	%2110 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 4, i32 31)
	%2111 = fcmp olt double %2107, 0x3FECCCCCCCCCCCCD
	%2112 = add i32 %1929, 4
	%2113 = icmp slt i32 %2112, %961
	%2114 = and i1 %2111, %2113
	%2115 = fpext float %2110 to double
	%2116 = fadd double %2107, %2115
	%2117 = select i1 %2114, double %2116, double %2107
	%2118 = add i32 %2109, 1
	%2119 = select i1 %2114, i32 %2118, i32 %2109
	%2120 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 5, i32 31)
	%2121 = fcmp olt double %2117, 0x3FECCCCCCCCCCCCD
	%2122 = add i32 %1929, 5
	%2123 = icmp slt i32 %2122, %961
	%2124 = and i1 %2121, %2123
	%2125 = fpext float %2120 to double
	%2126 = fadd double %2117, %2125
	%2127 = select i1 %2124, double %2126, double %2117
	%2128 = add i32 %2119, 1
	%2129 = select i1 %2124, i32 %2128, i32 %2119
	%2130 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 6, i32 31)
	%2131 = fcmp olt double %2127, 0x3FECCCCCCCCCCCCD
	%2132 = add i32 %1929, 6
	%2133 = icmp slt i32 %2132, %961
	%2134 = and i1 %2131, %2133
	%2135 = fpext float %2130 to double
	%2136 = fadd double %2127, %2135
	%2137 = select i1 %2134, double %2136, double %2127
	%2138 = add i32 %2129, 1
	%2139 = select i1 %2134, i32 %2138, i32 %2129
	%2140 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 7, i32 31)
	%2141 = fcmp olt double %2137, 0x3FECCCCCCCCCCCCD
	%2142 = add i32 %1929, 7
	%2143 = icmp slt i32 %2142, %961
	%2144 = and i1 %2141, %2143
	%2145 = fpext float %2140 to double
	%2146 = fadd double %2137, %2145
	%2147 = select i1 %2144, double %2146, double %2137
	%2148 = add i32 %2139, 1
	%2149 = select i1 %2144, i32 %2148, i32 %2139
	%2150 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 8, i32 31)
	%2151 = fcmp olt double %2147, 0x3FECCCCCCCCCCCCD
	%2152 = add i32 %1929, 8
	%2153 = icmp slt i32 %2152, %961
	%2154 = and i1 %2151, %2153
	%2155 = fpext float %2150 to double
	%2156 = fadd double %2147, %2155
	%2157 = select i1 %2154, double %2156, double %2147
	%2158 = add i32 %2149, 1
	%2159 = select i1 %2154, i32 %2158, i32 %2149
	%2160 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 9, i32 31)
	%2161 = fcmp olt double %2157, 0x3FECCCCCCCCCCCCD
	%2162 = add i32 %1929, 9
	%2163 = icmp slt i32 %2162, %961
	%2164 = and i1 %2161, %2163
	%2165 = fpext float %2160 to double
	%2166 = fadd double %2157, %2165
	%2167 = select i1 %2164, double %2166, double %2157
	%2168 = add i32 %2159, 1
	%2169 = select i1 %2164, i32 %2168, i32 %2159
	%2170 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 10, i32 31)
	%2171 = fcmp olt double %2167, 0x3FECCCCCCCCCCCCD
	%2172 = add i32 %1929, 10
	%2173 = icmp slt i32 %2172, %961
	%2174 = and i1 %2171, %2173
	%2175 = fpext float %2170 to double
	%2176 = fadd double %2167, %2175
	%2177 = select i1 %2174, double %2176, double %2167
	%2178 = add i32 %2169, 1
	%2179 = select i1 %2174, i32 %2178, i32 %2169
	%2180 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 11, i32 31)
	%2181 = fcmp olt double %2177, 0x3FECCCCCCCCCCCCD
	%2182 = add i32 %1929, 11
	%2183 = icmp slt i32 %2182, %961
	%2184 = and i1 %2181, %2183
	%2185 = fpext float %2180 to double
	%2186 = fadd double %2177, %2185
	%2187 = select i1 %2184, double %2186, double %2177
	%2188 = add i32 %2179, 1
	%2189 = select i1 %2184, i32 %2188, i32 %2179
	%2190 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 12, i32 31)
	%2191 = fcmp olt double %2187, 0x3FECCCCCCCCCCCCD
	%2192 = add i32 %1929, 12
	%2193 = icmp slt i32 %2192, %961
	%2194 = and i1 %2191, %2193
	%2195 = fpext float %2190 to double
	%2196 = fadd double %2187, %2195
	%2197 = select i1 %2194, double %2196, double %2187
	%2198 = add i32 %2189, 1
	%2199 = select i1 %2194, i32 %2198, i32 %2189
	%2200 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 13, i32 31)
	%2201 = fcmp olt double %2197, 0x3FECCCCCCCCCCCCD
	%2202 = add i32 %1929, 13
	%2203 = icmp slt i32 %2202, %961
	%2204 = and i1 %2201, %2203
	%2205 = fpext float %2200 to double
	%2206 = fadd double %2197, %2205
	%2207 = select i1 %2204, double %2206, double %2197
	%2208 = add i32 %2199, 1
	%2209 = select i1 %2204, i32 %2208, i32 %2199
	%2210 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 14, i32 31)
	%2211 = fcmp olt double %2207, 0x3FECCCCCCCCCCCCD
	%2212 = add i32 %1929, 14
	%2213 = icmp slt i32 %2212, %961
	%2214 = and i1 %2211, %2213
	%2215 = fpext float %2210 to double
	%2216 = fadd double %2207, %2215
	%2217 = select i1 %2214, double %2216, double %2207
	%2218 = add i32 %2209, 1
	%2219 = select i1 %2214, i32 %2218, i32 %2209
	%2220 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 15, i32 31)
	%2221 = fcmp olt double %2217, 0x3FECCCCCCCCCCCCD
	%2222 = add i32 %1929, 15
	%2223 = icmp slt i32 %2222, %961
	%2224 = and i1 %2221, %2223
	%2225 = fpext float %2220 to double
	%2226 = fadd double %2217, %2225
	%2227 = select i1 %2224, double %2226, double %2217
	%2228 = add i32 %2219, 1
	%2229 = select i1 %2224, i32 %2228, i32 %2219
	%2230 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 16, i32 31)
	%2231 = fcmp olt double %2227, 0x3FECCCCCCCCCCCCD
	%2232 = add i32 %1929, 16
	%2233 = icmp slt i32 %2232, %961
	%2234 = and i1 %2231, %2233
	%2235 = fpext float %2230 to double
	%2236 = fadd double %2227, %2235
	%2237 = select i1 %2234, double %2236, double %2227
	%2238 = add i32 %2229, 1
	%2239 = select i1 %2234, i32 %2238, i32 %2229
	%2240 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 17, i32 31)
	%2241 = fcmp olt double %2237, 0x3FECCCCCCCCCCCCD
	%2242 = add i32 %1929, 17
	%2243 = icmp slt i32 %2242, %961
	%2244 = and i1 %2241, %2243
	%2245 = fpext float %2240 to double
	%2246 = fadd double %2237, %2245
	%2247 = select i1 %2244, double %2246, double %2237
	%2248 = add i32 %2239, 1
	%2249 = select i1 %2244, i32 %2248, i32 %2239
	%2250 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 18, i32 31)
	%2251 = fcmp olt double %2247, 0x3FECCCCCCCCCCCCD
	%2252 = add i32 %1929, 18
	%2253 = icmp slt i32 %2252, %961
	%2254 = and i1 %2251, %2253
	%2255 = fpext float %2250 to double
	%2256 = fadd double %2247, %2255
	%2257 = select i1 %2254, double %2256, double %2247
	%2258 = add i32 %2249, 1
	%2259 = select i1 %2254, i32 %2258, i32 %2249
	%2260 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 19, i32 31)
	%2261 = fcmp olt double %2257, 0x3FECCCCCCCCCCCCD
	%2262 = add i32 %1929, 19
	%2263 = icmp slt i32 %2262, %961
	%2264 = and i1 %2261, %2263
	%2265 = fpext float %2260 to double
	%2266 = fadd double %2257, %2265
	%2267 = select i1 %2264, double %2266, double %2257
	%2268 = add i32 %2259, 1
	%2269 = select i1 %2264, i32 %2268, i32 %2259
	%2270 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 20, i32 31)
	%2271 = fcmp olt double %2267, 0x3FECCCCCCCCCCCCD
	%2272 = add i32 %1929, 20
	%2273 = icmp slt i32 %2272, %961
	%2274 = and i1 %2271, %2273
	%2275 = fpext float %2270 to double
	%2276 = fadd double %2267, %2275
	%2277 = select i1 %2274, double %2276, double %2267
	%2278 = add i32 %2269, 1
	%2279 = select i1 %2274, i32 %2278, i32 %2269
	%2280 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 21, i32 31)
	%2281 = fcmp olt double %2277, 0x3FECCCCCCCCCCCCD
	%2282 = add i32 %1929, 21
	%2283 = icmp slt i32 %2282, %961
	%2284 = and i1 %2281, %2283
	%2285 = fpext float %2280 to double
	%2286 = fadd double %2277, %2285
	%2287 = select i1 %2284, double %2286, double %2277
	%2288 = add i32 %2279, 1
	%2289 = select i1 %2284, i32 %2288, i32 %2279
	%2290 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 22, i32 31)
	%2291 = fcmp olt double %2287, 0x3FECCCCCCCCCCCCD
	%2292 = add i32 %1929, 22
	%2293 = icmp slt i32 %2292, %961
	%2294 = and i1 %2291, %2293
	%2295 = fpext float %2290 to double
	%2296 = fadd double %2287, %2295
	%2297 = select i1 %2294, double %2296, double %2287
	%2298 = add i32 %2289, 1
	%2299 = select i1 %2294, i32 %2298, i32 %2289
	%2300 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 23, i32 31)
	%2301 = fcmp olt double %2297, 0x3FECCCCCCCCCCCCD
	%2302 = add i32 %1929, 23
	%2303 = icmp slt i32 %2302, %961
	%2304 = and i1 %2301, %2303
	%2305 = fpext float %2300 to double
	%2306 = fadd double %2297, %2305
	%2307 = select i1 %2304, double %2306, double %2297
	%2308 = add i32 %2299, 1
	%2309 = select i1 %2304, i32 %2308, i32 %2299
	%2310 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 24, i32 31)
	%2311 = fcmp olt double %2307, 0x3FECCCCCCCCCCCCD
	%2312 = add i32 %1929, 24
	%2313 = icmp slt i32 %2312, %961
	%2314 = and i1 %2311, %2313
	%2315 = fpext float %2310 to double
	%2316 = fadd double %2307, %2315
	%2317 = select i1 %2314, double %2316, double %2307
	%2318 = add i32 %2309, 1
	%2319 = select i1 %2314, i32 %2318, i32 %2309
	%2320 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 25, i32 31)
	%2321 = fcmp olt double %2317, 0x3FECCCCCCCCCCCCD
	%2322 = add i32 %1929, 25
	%2323 = icmp slt i32 %2322, %961
	%2324 = and i1 %2321, %2323
	%2325 = fpext float %2320 to double
	%2326 = fadd double %2317, %2325
	%2327 = select i1 %2324, double %2326, double %2317
	%2328 = add i32 %2319, 1
	%2329 = select i1 %2324, i32 %2328, i32 %2319
	%2330 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 26, i32 31)
	%2331 = fcmp olt double %2327, 0x3FECCCCCCCCCCCCD
	%2332 = add i32 %1929, 26
	%2333 = icmp slt i32 %2332, %961
	%2334 = and i1 %2331, %2333
	%2335 = fpext float %2330 to double
	%2336 = fadd double %2327, %2335
	%2337 = select i1 %2334, double %2336, double %2327
	%2338 = add i32 %2329, 1
	%2339 = select i1 %2334, i32 %2338, i32 %2329
	%2340 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 27, i32 31)
	%2341 = fcmp olt double %2337, 0x3FECCCCCCCCCCCCD
	%2342 = add i32 %1929, 27
	%2343 = icmp slt i32 %2342, %961
	%2344 = and i1 %2341, %2343
	%2345 = fpext float %2340 to double
	%2346 = fadd double %2337, %2345
	%2347 = select i1 %2344, double %2346, double %2337
	%2348 = add i32 %2339, 1
	%2349 = select i1 %2344, i32 %2348, i32 %2339
	%2350 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 28, i32 31)
	%2351 = fcmp olt double %2347, 0x3FECCCCCCCCCCCCD
	%2352 = add i32 %1929, 28
	%2353 = icmp slt i32 %2352, %961
	%2354 = and i1 %2351, %2353
	%2355 = fpext float %2350 to double
	%2356 = fadd double %2347, %2355
	%2357 = select i1 %2354, double %2356, double %2347
	%2358 = add i32 %2349, 1
	%2359 = select i1 %2354, i32 %2358, i32 %2349
	%2360 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 29, i32 31)
	%2361 = fcmp olt double %2357, 0x3FECCCCCCCCCCCCD
	%2362 = add i32 %1929, 29
	%2363 = icmp slt i32 %2362, %961
	%2364 = and i1 %2361, %2363
	%2365 = fpext float %2360 to double
	%2366 = fadd double %2357, %2365
	%2367 = select i1 %2364, double %2366, double %2357
	%2368 = add i32 %2359, 1
	%2369 = select i1 %2364, i32 %2368, i32 %2359
	%2370 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 30, i32 31)
	%2371 = fcmp olt double %2367, 0x3FECCCCCCCCCCCCD
	%2372 = add i32 %1929, 30
	%2373 = icmp slt i32 %2372, %961
	%2374 = and i1 %2371, %2373
	%2375 = fpext float %2370 to double
	%2376 = fadd double %2367, %2375
	%2377 = select i1 %2374, double %2376, double %2367
	%2378 = add i32 %2369, 1
	%2379 = select i1 %2374, i32 %2378, i32 %2369
	%2380 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 31, i32 31)
	%2381 = fcmp olt double %2377, 0x3FECCCCCCCCCCCCD
	%2382 = add i32 %1929, 31
	%2383 = icmp slt i32 %2382, %961
	%2384 = and i1 %2381, %2383
	%2385 = fpext float %2380 to double
	%2386 = fadd double %2377, %2385
	%2387 = select i1 %2384, double %2386, double %2377
	%2388 = add i32 %2379, 1
	%2389 = select i1 %2384, i32 %2388, i32 %2379
	br label %2390

2390:
	%2391 = phi double [ %2067, %2044 ], [ %2387, %2069 ]
	%2392 = phi i32 [ %2068, %2044 ], [ %2389, %2069 ]
	%2393 = add i32 %1929, 32
	br label %1928

2394:
	%2395 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	store i32 %1931, i32 addrspace(3)* %2395
	%2396 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2397 = zext i1 %2396 to i32
	%2398 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	store i32 %2397, i32 addrspace(3)* %2398
	br label %2399

2399:
	br label %1915

2400:
	%2401 = phi i32 [ %967, %mass_done ], [ %2411, %2403 ]
	%2402 = icmp slt i32 %2401, %NK
	br i1 %2402, label %2403, label %2412

2403:
	%2404 = add i32 %13, %2401
	%2405 = sext i32 %2404 to i64
	%2406 = getelementptr i32, i32* %list, i64 %2405
	store i32 -1, i32* %2406
	%2407 = add i32 %13, %NK
	%2408 = add i32 %2407, %2401
	%2409 = sext i32 %2408 to i64
	%2410 = getelementptr i32, i32* %list, i64 %2409
	store i32 -1, i32* %2410
	%2411 = add i32 %2401, 256
	br label %2400

2412:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @pbs_pool_q1(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @pbs_pool_k1(i16* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %29, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %28, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %30

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %12, i64 %24
	%26 = load i16, i16* %25
	%27 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %26)
	%28 = fadd float %16, %27
	%29 = add i32 %15, 1
	br label %14

30:
	%31 = sub i32 %6, %3
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %16, %32
	%34 = mul i32 %2, %NT
	%35 = add i32 %34, %1
	%36 = mul i32 %35, 64
	%37 = add i32 %36, %0
	%38 = sext i32 %37 to i64
	%39 = getelementptr float, float* %out, i64 %38
	store float %33, float* %39
	ret void
}

define ptx_kernel void @pbs_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @pbs_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @pbs_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = sdiv i32 %24, %segment
	%47 = mul i32 %22, %NS
	%48 = add i32 %47, %46
	%49 = mul i32 %48, %N
	%50 = sext i32 %49 to i64
	%51 = getelementptr i32, i32* %perm, i64 %50
	%52 = add i32 %41, 0
	%53 = sext i32 %52 to i64
	%54 = getelementptr i32, i32* %list, i64 %53
	%55 = load i32, i32* %54
	%56 = icmp sgt i32 %NK, 0
	%57 = icmp sge i32 %55, 0
	%58 = and i1 %56, %57
	%59 = lshr i32 %2, 3
	%60 = and i32 %2, 7
	%61 = and i32 %59, 7
	%62 = xor i32 %60, %61
	%63 = mul i32 %59, 8
	%64 = add i32 %63, %62
	%65 = shl i32 %64, 4
	%66 = add i32 %0, %65
	%67 = add i32 %24, %59
	%68 = mul i32 %67, 64
	%69 = mul i32 %60, 8
	%70 = add i32 %68, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i16, i16* %28, i64 %71
	%73 = add i32 %67, 0
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %72, i64 0
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %66, 0
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %67, 16
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %72, i64 1024
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %66, 2048
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %67, 32
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %72, i64 2048
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %66, u0x1000
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %67, 48
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %72, i64 3072
	%94 = select i1 %92, i16* %93, i16* %28
	%95 = add i32 %66, 6144
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %58, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%97 = and i32 %4, 7
	%98 = lshr i32 %4, 3
	%99 = and i32 %98, 1
	%100 = shl i32 %99, 3
	%101 = add i32 %97, %100
	%102 = lshr i32 %4, 4
	%103 = mul i32 %3, 16
	%104 = add i32 %101, 0
	%105 = add i32 %103, %104
	%106 = mul i32 %105, 128
	%107 = add i32 %0, %106
	%108 = and i32 %4, 7
	%109 = xor i32 %102, %108
	%110 = shl i32 %109, 4
	%111 = add i32 %107, %110
	%112 = xor i32 %111, 0
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %111, 32
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %111, 64
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	%130 = xor i32 %111, 96
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	call void @llvm.nvvm.barrier0()
	%136 = mul i32 %55, 64
	%137 = lshr i32 %2, 3
	%138 = add i32 %136, %137
	%139 = add i32 %138, 0
	%140 = icmp slt i32 %139, %N
	%141 = select i1 %140, i32 %139, i32 0
	%142 = sext i32 %141 to i64
	%143 = getelementptr i32, i32* %51, i64 %142
	%144 = load i32, i32* %143
	%145 = add i32 %138, 16
	%146 = icmp slt i32 %145, %N
	%147 = select i1 %146, i32 %145, i32 0
	%148 = sext i32 %147 to i64
	%149 = getelementptr i32, i32* %51, i64 %148
	%150 = load i32, i32* %149
	%151 = add i32 %138, 32
	%152 = icmp slt i32 %151, %N
	%153 = select i1 %152, i32 %151, i32 0
	%154 = sext i32 %153 to i64
	%155 = getelementptr i32, i32* %51, i64 %154
	%156 = load i32, i32* %155
	%157 = add i32 %138, 48
	%158 = icmp slt i32 %157, %N
	%159 = select i1 %158, i32 %157, i32 0
	%160 = sext i32 %159 to i64
	%161 = getelementptr i32, i32* %51, i64 %160
	%162 = load i32, i32* %161
	%163 = mul i32 %55, 64
	%164 = lshr i32 %2, 3
	%165 = and i32 %2, 7
	%166 = and i32 %164, 7
	%167 = xor i32 %165, %166
	%168 = mul i32 %164, 8
	%169 = add i32 %168, %167
	%170 = shl i32 %169, 4
	%171 = add i32 %0, %170
	%172 = add i32 %163, %164
	%173 = add i32 %172, 0
	%174 = icmp slt i32 %173, %N
	%175 = mul i32 %144, 64
	%176 = mul i32 %165, 8
	%177 = add i32 %175, %176
	%178 = sext i32 %177 to i64
	%179 = getelementptr i16, i16* %32, i64 %178
	%180 = add i32 %171, 0
	%181 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	%182 = add i32 %172, 16
	%183 = icmp slt i32 %182, %N
	%184 = mul i32 %150, 64
	%185 = mul i32 %165, 8
	%186 = add i32 %184, %185
	%187 = sext i32 %186 to i64
	%188 = getelementptr i16, i16* %32, i64 %187
	%189 = add i32 %171, 2048
	%190 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %189, i16* %188, i32 %190)
	%191 = add i32 %172, 32
	%192 = icmp slt i32 %191, %N
	%193 = mul i32 %156, 64
	%194 = mul i32 %165, 8
	%195 = add i32 %193, %194
	%196 = sext i32 %195 to i64
	%197 = getelementptr i16, i16* %32, i64 %196
	%198 = add i32 %171, u0x1000
	%199 = select i1 %192, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %198, i16* %197, i32 %199)
	%200 = add i32 %172, 48
	%201 = icmp slt i32 %200, %N
	%202 = mul i32 %162, 64
	%203 = mul i32 %165, 8
	%204 = add i32 %202, %203
	%205 = sext i32 %204 to i64
	%206 = getelementptr i16, i16* %32, i64 %205
	%207 = add i32 %171, 6144
	%208 = select i1 %201, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %207, i16* %206, i32 %208)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%209 = phi i32 [ 0, %prologue ], [ %1388, %pv ]
	%210 = phi i32 [ %55, %prologue ], [ %1395, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1711, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1712, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1713, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1715, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1716, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1717, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1718, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1727, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1729, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1730, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1732, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1733, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1734, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1735, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1744, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1745, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1746, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1747, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1749, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1750, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1751, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1752, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1761, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1762, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1763, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1764, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1766, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1767, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1768, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1769, %pv ]
	%243 = phi float [ 0xFFF0000000000000, %prologue ], [ %1284, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1335, %pv ]
	%245 = phi float [ 0xFFF0000000000000, %prologue ], [ %1336, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%247 = phi i32 [ %144, %prologue ], [ %1406, %pv ]
	%248 = phi i32 [ %150, %prologue ], [ %1412, %pv ]
	%249 = phi i32 [ %156, %prologue ], [ %1418, %pv ]
	%250 = phi i32 [ %162, %prologue ], [ %1424, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%251 = mul i32 %210, 64
	%252 = lshr i32 %2, 3
	%253 = and i32 %2, 7
	%254 = and i32 %252, 7
	%255 = xor i32 %253, %254
	%256 = mul i32 %252, 8
	%257 = add i32 %256, %255
	%258 = shl i32 %257, 4
	%259 = add i32 %1, %258
	%260 = add i32 %251, %252
	%261 = add i32 %260, 0
	%262 = icmp slt i32 %261, %N
	%263 = mul i32 %247, 64
	%264 = mul i32 %253, 8
	%265 = add i32 %263, %264
	%266 = sext i32 %265 to i64
	%267 = getelementptr i16, i16* %36, i64 %266
	%268 = add i32 %259, 0
	%269 = select i1 %262, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %267, i32 %269)
	%270 = add i32 %260, 16
	%271 = icmp slt i32 %270, %N
	%272 = mul i32 %248, 64
	%273 = mul i32 %253, 8
	%274 = add i32 %272, %273
	%275 = sext i32 %274 to i64
	%276 = getelementptr i16, i16* %36, i64 %275
	%277 = add i32 %259, 2048
	%278 = select i1 %271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %277, i16* %276, i32 %278)
	%279 = add i32 %260, 32
	%280 = icmp slt i32 %279, %N
	%281 = mul i32 %249, 64
	%282 = mul i32 %253, 8
	%283 = add i32 %281, %282
	%284 = sext i32 %283 to i64
	%285 = getelementptr i16, i16* %36, i64 %284
	%286 = add i32 %259, u0x1000
	%287 = select i1 %280, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %286, i16* %285, i32 %287)
	%288 = add i32 %260, 48
	%289 = icmp slt i32 %288, %N
	%290 = mul i32 %250, 64
	%291 = mul i32 %253, 8
	%292 = add i32 %290, %291
	%293 = sext i32 %292 to i64
	%294 = getelementptr i16, i16* %36, i64 %293
	%295 = add i32 %259, 6144
	%296 = select i1 %289, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %295, i16* %294, i32 %296)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%297 = and i32 %4, 7
	%298 = shl i32 %102, 3
	%299 = add i32 %297, %298
	%300 = lshr i32 %4, 3
	%301 = and i32 %300, 1
	%302 = mul i32 %299, 128
	%303 = add i32 %0, %302
	%304 = and i32 %4, 7
	%305 = xor i32 %301, %304
	%306 = shl i32 %305, 4
	%307 = add i32 %303, %306
	%308 = xor i32 %307, 0
	%309 = add i32 %308, 0
	%310 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %309)
	%311 = extractvalue { i32, i32, i32, i32 } %310, 0
	%312 = extractvalue { i32, i32, i32, i32 } %310, 1
	%313 = extractvalue { i32, i32, i32, i32 } %310, 2
	%314 = extractvalue { i32, i32, i32, i32 } %310, 3
	%315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %311, i32 %312, float 0.0, float 0.0, float 0.0, float 0.0)
	%316 = extractvalue { float, float, float, float } %315, 0
	%317 = extractvalue { float, float, float, float } %315, 1
	%318 = extractvalue { float, float, float, float } %315, 2
	%319 = extractvalue { float, float, float, float } %315, 3
	%320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %313, i32 %314, float 0.0, float 0.0, float 0.0, float 0.0)
	%321 = extractvalue { float, float, float, float } %320, 0
	%322 = extractvalue { float, float, float, float } %320, 1
	%323 = extractvalue { float, float, float, float } %320, 2
	%324 = extractvalue { float, float, float, float } %320, 3
	%325 = add i32 %308, 2048
	%326 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %325)
	%327 = extractvalue { i32, i32, i32, i32 } %326, 0
	%328 = extractvalue { i32, i32, i32, i32 } %326, 1
	%329 = extractvalue { i32, i32, i32, i32 } %326, 2
	%330 = extractvalue { i32, i32, i32, i32 } %326, 3
	%331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float 0.0, float 0.0, float 0.0, float 0.0)
	%332 = extractvalue { float, float, float, float } %331, 0
	%333 = extractvalue { float, float, float, float } %331, 1
	%334 = extractvalue { float, float, float, float } %331, 2
	%335 = extractvalue { float, float, float, float } %331, 3
	%336 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %329, i32 %330, float 0.0, float 0.0, float 0.0, float 0.0)
	%337 = extractvalue { float, float, float, float } %336, 0
	%338 = extractvalue { float, float, float, float } %336, 1
	%339 = extractvalue { float, float, float, float } %336, 2
	%340 = extractvalue { float, float, float, float } %336, 3
	%341 = add i32 %308, u0x1000
	%342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %341)
	%343 = extractvalue { i32, i32, i32, i32 } %342, 0
	%344 = extractvalue { i32, i32, i32, i32 } %342, 1
	%345 = extractvalue { i32, i32, i32, i32 } %342, 2
	%346 = extractvalue { i32, i32, i32, i32 } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float 0.0, float 0.0, float 0.0, float 0.0)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %345, i32 %346, float 0.0, float 0.0, float 0.0, float 0.0)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = add i32 %308, 6144
	%358 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %357)
	%359 = extractvalue { i32, i32, i32, i32 } %358, 0
	%360 = extractvalue { i32, i32, i32, i32 } %358, 1
	%361 = extractvalue { i32, i32, i32, i32 } %358, 2
	%362 = extractvalue { i32, i32, i32, i32 } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float 0.0, float 0.0, float 0.0, float 0.0)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %361, i32 %362, float 0.0, float 0.0, float 0.0, float 0.0)
	%369 = extractvalue { float, float, float, float } %368, 0
	%370 = extractvalue { float, float, float, float } %368, 1
	%371 = extractvalue { float, float, float, float } %368, 2
	%372 = extractvalue { float, float, float, float } %368, 3
	%373 = xor i32 %307, 32
	%374 = add i32 %373, 0
	%375 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %376, i32 %377, float %316, float %317, float %318, float %319)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %378, i32 %379, float %321, float %322, float %323, float %324)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %373, 2048
	%391 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %332, float %333, float %334, float %335)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %394, i32 %395, float %337, float %338, float %339, float %340)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = add i32 %373, u0x1000
	%407 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %348, float %349, float %350, float %351)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %410, i32 %411, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %373, 6144
	%423 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %426, i32 %427, float %369, float %370, float %371, float %372)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = xor i32 %307, 64
	%439 = add i32 %438, 0
	%440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %441, i32 %442, float %381, float %382, float %383, float %384)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %443, i32 %444, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = add i32 %438, 2048
	%456 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %397, float %398, float %399, float %400)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %459, i32 %460, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = add i32 %438, u0x1000
	%472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %471)
	%473 = extractvalue { i32, i32, i32, i32 } %472, 0
	%474 = extractvalue { i32, i32, i32, i32 } %472, 1
	%475 = extractvalue { i32, i32, i32, i32 } %472, 2
	%476 = extractvalue { i32, i32, i32, i32 } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = add i32 %438, 6144
	%488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
	%499 = extractvalue { float, float, float, float } %498, 0
	%500 = extractvalue { float, float, float, float } %498, 1
	%501 = extractvalue { float, float, float, float } %498, 2
	%502 = extractvalue { float, float, float, float } %498, 3
	%503 = xor i32 %307, 96
	%504 = add i32 %503, 0
	%505 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %504)
	%506 = extractvalue { i32, i32, i32, i32 } %505, 0
	%507 = extractvalue { i32, i32, i32, i32 } %505, 1
	%508 = extractvalue { i32, i32, i32, i32 } %505, 2
	%509 = extractvalue { i32, i32, i32, i32 } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %506, i32 %507, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %508, i32 %509, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = add i32 %503, 2048
	%521 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %520)
	%522 = extractvalue { i32, i32, i32, i32 } %521, 0
	%523 = extractvalue { i32, i32, i32, i32 } %521, 1
	%524 = extractvalue { i32, i32, i32, i32 } %521, 2
	%525 = extractvalue { i32, i32, i32, i32 } %521, 3
	%526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %522, i32 %523, float %462, float %463, float %464, float %465)
	%527 = extractvalue { float, float, float, float } %526, 0
	%528 = extractvalue { float, float, float, float } %526, 1
	%529 = extractvalue { float, float, float, float } %526, 2
	%530 = extractvalue { float, float, float, float } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %524, i32 %525, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = add i32 %503, u0x1000
	%537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %536)
	%538 = extractvalue { i32, i32, i32, i32 } %537, 0
	%539 = extractvalue { i32, i32, i32, i32 } %537, 1
	%540 = extractvalue { i32, i32, i32, i32 } %537, 2
	%541 = extractvalue { i32, i32, i32, i32 } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %538, i32 %539, float %478, float %479, float %480, float %481)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %540, i32 %541, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = add i32 %503, 6144
	%553 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %552)
	%554 = extractvalue { i32, i32, i32, i32 } %553, 0
	%555 = extractvalue { i32, i32, i32, i32 } %553, 1
	%556 = extractvalue { i32, i32, i32, i32 } %553, 2
	%557 = extractvalue { i32, i32, i32, i32 } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %554, i32 %555, float %494, float %495, float %496, float %497)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %556, i32 %557, float %499, float %500, float %501, float %502)
	%564 = extractvalue { float, float, float, float } %563, 0
	%565 = extractvalue { float, float, float, float } %563, 1
	%566 = extractvalue { float, float, float, float } %563, 2
	%567 = extractvalue { float, float, float, float } %563, 3
	%568 = mul i32 %3, 16
	%569 = add i32 %24, %568
	%570 = add i32 %5, 0
	%571 = add i32 %569, %570
	%572 = mul i32 %3, 16
	%573 = add i32 %24, %572
	%574 = add i32 %5, 8
	%575 = add i32 %573, %574
	%576 = sitofp i32 %22 to float
	%577 = add i32 %45, %210
	%578 = sext i32 %577 to i64
	%579 = getelementptr i8, i8* %cls, i64 %578
	%580 = load i8, i8* %579
	%581 = icmp ne i8 %580, 2
	br i1 %581, label %partial, label %softmax

epilogue:
	%582 = phi float [ 0.0, %entry ], [ %1335, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1387, %pv ]
	%584 = phi i32 [ 0, %entry ], [ %1388, %pv ]
	%585 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1711, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1712, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1713, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1715, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1716, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1717, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1718, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1727, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1729, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1730, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1732, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1733, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1734, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1735, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1744, %pv ]
	%602 = phi float [ 0.0, %entry ], [ %1745, %pv ]
	%603 = phi float [ 0.0, %entry ], [ %1746, %pv ]
	%604 = phi float [ 0.0, %entry ], [ %1747, %pv ]
	%605 = phi float [ 0.0, %entry ], [ %1749, %pv ]
	%606 = phi float [ 0.0, %entry ], [ %1750, %pv ]
	%607 = phi float [ 0.0, %entry ], [ %1751, %pv ]
	%608 = phi float [ 0.0, %entry ], [ %1752, %pv ]
	%609 = phi float [ 0.0, %entry ], [ %1761, %pv ]
	%610 = phi float [ 0.0, %entry ], [ %1762, %pv ]
	%611 = phi float [ 0.0, %entry ], [ %1763, %pv ]
	%612 = phi float [ 0.0, %entry ], [ %1764, %pv ]
	%613 = phi float [ 0.0, %entry ], [ %1766, %pv ]
	%614 = phi float [ 0.0, %entry ], [ %1767, %pv ]
	%615 = phi float [ 0.0, %entry ], [ %1768, %pv ]
	%616 = phi float [ 0.0, %entry ], [ %1769, %pv ]
	%617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %582, i32 1, i32 31)
	%618 = fadd float %582, %617
	%619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %618, i32 2, i32 31)
	%620 = fadd float %618, %619
	%621 = fcmp ogt float %620, 0.0
	%622 = fdiv float 1.0, %620
	%623 = select i1 %621, float %622, float 0.0
	%624 = mul i32 %3, 16
	%625 = add i32 %24, %624
	%626 = add i32 %5, 0
	%627 = add i32 %625, %626
	%628 = fmul float %585, %623
	%629 = fmul float %586, %623
	%630 = fmul float %589, %623
	%631 = fmul float %590, %623
	%632 = fmul float %593, %623
	%633 = fmul float %594, %623
	%634 = fmul float %597, %623
	%635 = fmul float %598, %623
	%636 = fmul float %601, %623
	%637 = fmul float %602, %623
	%638 = fmul float %605, %623
	%639 = fmul float %606, %623
	%640 = fmul float %609, %623
	%641 = fmul float %610, %623
	%642 = fmul float %613, %623
	%643 = fmul float %614, %623
	%644 = icmp slt i32 %627, %M
	br i1 %644, label %store0, label %stored0

partial:
	%645 = shl i32 %6, 1
	%646 = add i32 0, %645
	%647 = add i32 %251, %646
	%648 = icmp slt i32 %647, %N
	%649 = select i1 %648, i32 %647, i32 0
	%650 = sitofp i32 %571 to float
	%651 = sext i32 %649 to i64
	%652 = getelementptr i32, i32* %51, i64 %651
	%653 = load i32, i32* %652
	%654 = sitofp i32 %653 to float
	%655 = fcmp ole float %654, %650
	%656 = uitofp i1 %655 to float
	%657 = fcmp une float %656, 0.0
	%658 = and i1 %648, %657
	%659 = select i1 %658, float %511, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 1, %660
	%662 = add i32 %251, %661
	%663 = icmp slt i32 %662, %N
	%664 = select i1 %663, i32 %662, i32 0
	%665 = sitofp i32 %571 to float
	%666 = sext i32 %664 to i64
	%667 = getelementptr i32, i32* %51, i64 %666
	%668 = load i32, i32* %667
	%669 = sitofp i32 %668 to float
	%670 = fcmp ole float %669, %665
	%671 = uitofp i1 %670 to float
	%672 = fcmp une float %671, 0.0
	%673 = and i1 %663, %672
	%674 = select i1 %673, float %512, float 0xFFF0000000000000
	%675 = shl i32 %6, 1
	%676 = add i32 0, %675
	%677 = add i32 %251, %676
	%678 = icmp slt i32 %677, %N
	%679 = select i1 %678, i32 %677, i32 0
	%680 = sitofp i32 %575 to float
	%681 = sext i32 %679 to i64
	%682 = getelementptr i32, i32* %51, i64 %681
	%683 = load i32, i32* %682
	%684 = sitofp i32 %683 to float
	%685 = fcmp ole float %684, %680
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %678, %687
	%689 = select i1 %688, float %513, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 1, %690
	%692 = add i32 %251, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %575 to float
	%696 = sext i32 %694 to i64
	%697 = getelementptr i32, i32* %51, i64 %696
	%698 = load i32, i32* %697
	%699 = sitofp i32 %698 to float
	%700 = fcmp ole float %699, %695
	%701 = uitofp i1 %700 to float
	%702 = fcmp une float %701, 0.0
	%703 = and i1 %693, %702
	%704 = select i1 %703, float %514, float 0xFFF0000000000000
	%705 = shl i32 %6, 1
	%706 = add i32 8, %705
	%707 = add i32 %251, %706
	%708 = icmp slt i32 %707, %N
	%709 = select i1 %708, i32 %707, i32 0
	%710 = sitofp i32 %571 to float
	%711 = sext i32 %709 to i64
	%712 = getelementptr i32, i32* %51, i64 %711
	%713 = load i32, i32* %712
	%714 = sitofp i32 %713 to float
	%715 = fcmp ole float %714, %710
	%716 = uitofp i1 %715 to float
	%717 = fcmp une float %716, 0.0
	%718 = and i1 %708, %717
	%719 = select i1 %718, float %516, float 0xFFF0000000000000
	%720 = shl i32 %6, 1
	%721 = add i32 9, %720
	%722 = add i32 %251, %721
	%723 = icmp slt i32 %722, %N
	%724 = select i1 %723, i32 %722, i32 0
	%725 = sitofp i32 %571 to float
	%726 = sext i32 %724 to i64
	%727 = getelementptr i32, i32* %51, i64 %726
	%728 = load i32, i32* %727
	%729 = sitofp i32 %728 to float
	%730 = fcmp ole float %729, %725
	%731 = uitofp i1 %730 to float
	%732 = fcmp une float %731, 0.0
	%733 = and i1 %723, %732
	%734 = select i1 %733, float %517, float 0xFFF0000000000000
	%735 = shl i32 %6, 1
	%736 = add i32 8, %735
	%737 = add i32 %251, %736
	%738 = icmp slt i32 %737, %N
	%739 = select i1 %738, i32 %737, i32 0
	%740 = sitofp i32 %575 to float
	%741 = sext i32 %739 to i64
	%742 = getelementptr i32, i32* %51, i64 %741
	%743 = load i32, i32* %742
	%744 = sitofp i32 %743 to float
	%745 = fcmp ole float %744, %740
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %738, %747
	%749 = select i1 %748, float %518, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 9, %750
	%752 = add i32 %251, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %575 to float
	%756 = sext i32 %754 to i64
	%757 = getelementptr i32, i32* %51, i64 %756
	%758 = load i32, i32* %757
	%759 = sitofp i32 %758 to float
	%760 = fcmp ole float %759, %755
	%761 = uitofp i1 %760 to float
	%762 = fcmp une float %761, 0.0
	%763 = and i1 %753, %762
	%764 = select i1 %763, float %519, float 0xFFF0000000000000
	%765 = shl i32 %6, 1
	%766 = add i32 16, %765
	%767 = add i32 %251, %766
	%768 = icmp slt i32 %767, %N
	%769 = select i1 %768, i32 %767, i32 0
	%770 = sitofp i32 %571 to float
	%771 = sext i32 %769 to i64
	%772 = getelementptr i32, i32* %51, i64 %771
	%773 = load i32, i32* %772
	%774 = sitofp i32 %773 to float
	%775 = fcmp ole float %774, %770
	%776 = uitofp i1 %775 to float
	%777 = fcmp une float %776, 0.0
	%778 = and i1 %768, %777
	%779 = select i1 %778, float %527, float 0xFFF0000000000000
	%780 = shl i32 %6, 1
	%781 = add i32 17, %780
	%782 = add i32 %251, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, i32 %782, i32 0
	%785 = sitofp i32 %571 to float
	%786 = sext i32 %784 to i64
	%787 = getelementptr i32, i32* %51, i64 %786
	%788 = load i32, i32* %787
	%789 = sitofp i32 %788 to float
	%790 = fcmp ole float %789, %785
	%791 = uitofp i1 %790 to float
	%792 = fcmp une float %791, 0.0
	%793 = and i1 %783, %792
	%794 = select i1 %793, float %528, float 0xFFF0000000000000
	%795 = shl i32 %6, 1
	%796 = add i32 16, %795
	%797 = add i32 %251, %796
	%798 = icmp slt i32 %797, %N
	%799 = select i1 %798, i32 %797, i32 0
	%800 = sitofp i32 %575 to float
	%801 = sext i32 %799 to i64
	%802 = getelementptr i32, i32* %51, i64 %801
	%803 = load i32, i32* %802
	%804 = sitofp i32 %803 to float
	%805 = fcmp ole float %804, %800
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %798, %807
	%809 = select i1 %808, float %529, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 17, %810
	%812 = add i32 %251, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %575 to float
	%816 = sext i32 %814 to i64
	%817 = getelementptr i32, i32* %51, i64 %816
	%818 = load i32, i32* %817
	%819 = sitofp i32 %818 to float
	%820 = fcmp ole float %819, %815
	%821 = uitofp i1 %820 to float
	%822 = fcmp une float %821, 0.0
	%823 = and i1 %813, %822
	%824 = select i1 %823, float %530, float 0xFFF0000000000000
	%825 = shl i32 %6, 1
	%826 = add i32 24, %825
	%827 = add i32 %251, %826
	%828 = icmp slt i32 %827, %N
	%829 = select i1 %828, i32 %827, i32 0
	%830 = sitofp i32 %571 to float
	%831 = sext i32 %829 to i64
	%832 = getelementptr i32, i32* %51, i64 %831
	%833 = load i32, i32* %832
	%834 = sitofp i32 %833 to float
	%835 = fcmp ole float %834, %830
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %828, %837
	%839 = select i1 %838, float %532, float 0xFFF0000000000000
	%840 = shl i32 %6, 1
	%841 = add i32 25, %840
	%842 = add i32 %251, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %571 to float
	%846 = sext i32 %844 to i64
	%847 = getelementptr i32, i32* %51, i64 %846
	%848 = load i32, i32* %847
	%849 = sitofp i32 %848 to float
	%850 = fcmp ole float %849, %845
	%851 = uitofp i1 %850 to float
	%852 = fcmp une float %851, 0.0
	%853 = and i1 %843, %852
	%854 = select i1 %853, float %533, float 0xFFF0000000000000
	%855 = shl i32 %6, 1
	%856 = add i32 24, %855
	%857 = add i32 %251, %856
	%858 = icmp slt i32 %857, %N
	%859 = select i1 %858, i32 %857, i32 0
	%860 = sitofp i32 %575 to float
	%861 = sext i32 %859 to i64
	%862 = getelementptr i32, i32* %51, i64 %861
	%863 = load i32, i32* %862
	%864 = sitofp i32 %863 to float
	%865 = fcmp ole float %864, %860
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %858, %867
	%869 = select i1 %868, float %534, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 25, %870
	%872 = add i32 %251, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %575 to float
	%876 = sext i32 %874 to i64
	%877 = getelementptr i32, i32* %51, i64 %876
	%878 = load i32, i32* %877
	%879 = sitofp i32 %878 to float
	%880 = fcmp ole float %879, %875
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = and i1 %873, %882
	%884 = select i1 %883, float %535, float 0xFFF0000000000000
	%885 = shl i32 %6, 1
	%886 = add i32 32, %885
	%887 = add i32 %251, %886
	%888 = icmp slt i32 %887, %N
	%889 = select i1 %888, i32 %887, i32 0
	%890 = sitofp i32 %571 to float
	%891 = sext i32 %889 to i64
	%892 = getelementptr i32, i32* %51, i64 %891
	%893 = load i32, i32* %892
	%894 = sitofp i32 %893 to float
	%895 = fcmp ole float %894, %890
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %888, %897
	%899 = select i1 %898, float %543, float 0xFFF0000000000000
	%900 = shl i32 %6, 1
	%901 = add i32 33, %900
	%902 = add i32 %251, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, i32 %902, i32 0
	%905 = sitofp i32 %571 to float
	%906 = sext i32 %904 to i64
	%907 = getelementptr i32, i32* %51, i64 %906
	%908 = load i32, i32* %907
	%909 = sitofp i32 %908 to float
	%910 = fcmp ole float %909, %905
	%911 = uitofp i1 %910 to float
	%912 = fcmp une float %911, 0.0
	%913 = and i1 %903, %912
	%914 = select i1 %913, float %544, float 0xFFF0000000000000
	%915 = shl i32 %6, 1
	%916 = add i32 32, %915
	%917 = add i32 %251, %916
	%918 = icmp slt i32 %917, %N
	%919 = select i1 %918, i32 %917, i32 0
	%920 = sitofp i32 %575 to float
	%921 = sext i32 %919 to i64
	%922 = getelementptr i32, i32* %51, i64 %921
	%923 = load i32, i32* %922
	%924 = sitofp i32 %923 to float
	%925 = fcmp ole float %924, %920
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %918, %927
	%929 = select i1 %928, float %545, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 33, %930
	%932 = add i32 %251, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %575 to float
	%936 = sext i32 %934 to i64
	%937 = getelementptr i32, i32* %51, i64 %936
	%938 = load i32, i32* %937
	%939 = sitofp i32 %938 to float
	%940 = fcmp ole float %939, %935
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = and i1 %933, %942
	%944 = select i1 %943, float %546, float 0xFFF0000000000000
	%945 = shl i32 %6, 1
	%946 = add i32 40, %945
	%947 = add i32 %251, %946
	%948 = icmp slt i32 %947, %N
	%949 = select i1 %948, i32 %947, i32 0
	%950 = sitofp i32 %571 to float
	%951 = sext i32 %949 to i64
	%952 = getelementptr i32, i32* %51, i64 %951
	%953 = load i32, i32* %952
	%954 = sitofp i32 %953 to float
	%955 = fcmp ole float %954, %950
	%956 = uitofp i1 %955 to float
	%957 = fcmp une float %956, 0.0
	%958 = and i1 %948, %957
	%959 = select i1 %958, float %548, float 0xFFF0000000000000
	%960 = shl i32 %6, 1
	%961 = add i32 41, %960
	%962 = add i32 %251, %961
	%963 = icmp slt i32 %962, %N
	%964 = select i1 %963, i32 %962, i32 0
	%965 = sitofp i32 %571 to float
	%966 = sext i32 %964 to i64
	%967 = getelementptr i32, i32* %51, i64 %966
	%968 = load i32, i32* %967
	%969 = sitofp i32 %968 to float
	%970 = fcmp ole float %969, %965
	%971 = uitofp i1 %970 to float
	%972 = fcmp une float %971, 0.0
	%973 = and i1 %963, %972
	%974 = select i1 %973, float %549, float 0xFFF0000000000000
	%975 = shl i32 %6, 1
	%976 = add i32 40, %975
	%977 = add i32 %251, %976
	%978 = icmp slt i32 %977, %N
	%979 = select i1 %978, i32 %977, i32 0
	%980 = sitofp i32 %575 to float
	%981 = sext i32 %979 to i64
	%982 = getelementptr i32, i32* %51, i64 %981
	%983 = load i32, i32* %982
	%984 = sitofp i32 %983 to float
	%985 = fcmp ole float %984, %980
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %978, %987
	%989 = select i1 %988, float %550, float 0xFFF0000000000000
	%990 = shl i32 %6, 1
	%991 = add i32 41, %990
	%992 = add i32 %251, %991
	%993 = icmp slt i32 %992, %N
	%994 = select i1 %993, i32 %992, i32 0
	%995 = sitofp i32 %575 to float
	%996 = sext i32 %994 to i64
	%997 = getelementptr i32, i32* %51, i64 %996
	%998 = load i32, i32* %997
	%999 = sitofp i32 %998 to float
	%1000 = fcmp ole float %999, %995
	%1001 = uitofp i1 %1000 to float
	%1002 = fcmp une float %1001, 0.0
	%1003 = and i1 %993, %1002
	%1004 = select i1 %1003, float %551, float 0xFFF0000000000000
	%1005 = shl i32 %6, 1
	%1006 = add i32 48, %1005
	%1007 = add i32 %251, %1006
	%1008 = icmp slt i32 %1007, %N
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = sitofp i32 %571 to float
	%1011 = sext i32 %1009 to i64
	%1012 = getelementptr i32, i32* %51, i64 %1011
	%1013 = load i32, i32* %1012
	%1014 = sitofp i32 %1013 to float
	%1015 = fcmp ole float %1014, %1010
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = and i1 %1008, %1017
	%1019 = select i1 %1018, float %559, float 0xFFF0000000000000
	%1020 = shl i32 %6, 1
	%1021 = add i32 49, %1020
	%1022 = add i32 %251, %1021
	%1023 = icmp slt i32 %1022, %N
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = sitofp i32 %571 to float
	%1026 = sext i32 %1024 to i64
	%1027 = getelementptr i32, i32* %51, i64 %1026
	%1028 = load i32, i32* %1027
	%1029 = sitofp i32 %1028 to float
	%1030 = fcmp ole float %1029, %1025
	%1031 = uitofp i1 %1030 to float
	%1032 = fcmp une float %1031, 0.0
	%1033 = and i1 %1023, %1032
	%1034 = select i1 %1033, float %560, float 0xFFF0000000000000
	%1035 = shl i32 %6, 1
	%1036 = add i32 48, %1035
	%1037 = add i32 %251, %1036
	%1038 = icmp slt i32 %1037, %N
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = sitofp i32 %575 to float
	%1041 = sext i32 %1039 to i64
	%1042 = getelementptr i32, i32* %51, i64 %1041
	%1043 = load i32, i32* %1042
	%1044 = sitofp i32 %1043 to float
	%1045 = fcmp ole float %1044, %1040
	%1046 = uitofp i1 %1045 to float
	%1047 = fcmp une float %1046, 0.0
	%1048 = and i1 %1038, %1047
	%1049 = select i1 %1048, float %561, float 0xFFF0000000000000
	%1050 = shl i32 %6, 1
	%1051 = add i32 49, %1050
	%1052 = add i32 %251, %1051
	%1053 = icmp slt i32 %1052, %N
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = sitofp i32 %575 to float
	%1056 = sext i32 %1054 to i64
	%1057 = getelementptr i32, i32* %51, i64 %1056
	%1058 = load i32, i32* %1057
	%1059 = sitofp i32 %1058 to float
	%1060 = fcmp ole float %1059, %1055
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = and i1 %1053, %1062
	%1064 = select i1 %1063, float %562, float 0xFFF0000000000000
	%1065 = shl i32 %6, 1
	%1066 = add i32 56, %1065
	%1067 = add i32 %251, %1066
	%1068 = icmp slt i32 %1067, %N
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = sitofp i32 %571 to float
	%1071 = sext i32 %1069 to i64
	%1072 = getelementptr i32, i32* %51, i64 %1071
	%1073 = load i32, i32* %1072
	%1074 = sitofp i32 %1073 to float
	%1075 = fcmp ole float %1074, %1070
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1068, %1077
	%1079 = select i1 %1078, float %564, float 0xFFF0000000000000
	%1080 = shl i32 %6, 1
	%1081 = add i32 57, %1080
	%1082 = add i32 %251, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %571 to float
	%1086 = sext i32 %1084 to i64
	%1087 = getelementptr i32, i32* %51, i64 %1086
	%1088 = load i32, i32* %1087
	%1089 = sitofp i32 %1088 to float
	%1090 = fcmp ole float %1089, %1085
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = and i1 %1083, %1092
	%1094 = select i1 %1093, float %565, float 0xFFF0000000000000
	%1095 = shl i32 %6, 1
	%1096 = add i32 56, %1095
	%1097 = add i32 %251, %1096
	%1098 = icmp slt i32 %1097, %N
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = sitofp i32 %575 to float
	%1101 = sext i32 %1099 to i64
	%1102 = getelementptr i32, i32* %51, i64 %1101
	%1103 = load i32, i32* %1102
	%1104 = sitofp i32 %1103 to float
	%1105 = fcmp ole float %1104, %1100
	%1106 = uitofp i1 %1105 to float
	%1107 = fcmp une float %1106, 0.0
	%1108 = and i1 %1098, %1107
	%1109 = select i1 %1108, float %566, float 0xFFF0000000000000
	%1110 = shl i32 %6, 1
	%1111 = add i32 57, %1110
	%1112 = add i32 %251, %1111
	%1113 = icmp slt i32 %1112, %N
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = sitofp i32 %575 to float
	%1116 = sext i32 %1114 to i64
	%1117 = getelementptr i32, i32* %51, i64 %1116
	%1118 = load i32, i32* %1117
	%1119 = sitofp i32 %1118 to float
	%1120 = fcmp ole float %1119, %1115
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1113, %1122
	%1124 = select i1 %1123, float %567, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1125 = phi float [ %511, %loop ], [ %659, %partial ]
	%1126 = phi float [ %512, %loop ], [ %674, %partial ]
	%1127 = phi float [ %513, %loop ], [ %689, %partial ]
	%1128 = phi float [ %514, %loop ], [ %704, %partial ]
	%1129 = phi float [ %516, %loop ], [ %719, %partial ]
	%1130 = phi float [ %517, %loop ], [ %734, %partial ]
	%1131 = phi float [ %518, %loop ], [ %749, %partial ]
	%1132 = phi float [ %519, %loop ], [ %764, %partial ]
	%1133 = phi float [ %527, %loop ], [ %779, %partial ]
	%1134 = phi float [ %528, %loop ], [ %794, %partial ]
	%1135 = phi float [ %529, %loop ], [ %809, %partial ]
	%1136 = phi float [ %530, %loop ], [ %824, %partial ]
	%1137 = phi float [ %532, %loop ], [ %839, %partial ]
	%1138 = phi float [ %533, %loop ], [ %854, %partial ]
	%1139 = phi float [ %534, %loop ], [ %869, %partial ]
	%1140 = phi float [ %535, %loop ], [ %884, %partial ]
	%1141 = phi float [ %543, %loop ], [ %899, %partial ]
	%1142 = phi float [ %544, %loop ], [ %914, %partial ]
	%1143 = phi float [ %545, %loop ], [ %929, %partial ]
	%1144 = phi float [ %546, %loop ], [ %944, %partial ]
	%1145 = phi float [ %548, %loop ], [ %959, %partial ]
	%1146 = phi float [ %549, %loop ], [ %974, %partial ]
	%1147 = phi float [ %550, %loop ], [ %989, %partial ]
	%1148 = phi float [ %551, %loop ], [ %1004, %partial ]
	%1149 = phi float [ %559, %loop ], [ %1019, %partial ]
	%1150 = phi float [ %560, %loop ], [ %1034, %partial ]
	%1151 = phi float [ %561, %loop ], [ %1049, %partial ]
	%1152 = phi float [ %562, %loop ], [ %1064, %partial ]
	%1153 = phi float [ %564, %loop ], [ %1079, %partial ]
	%1154 = phi float [ %565, %loop ], [ %1094, %partial ]
	%1155 = phi float [ %566, %loop ], [ %1109, %partial ]
	%1156 = phi float [ %567, %loop ], [ %1124, %partial ]
	%1157 = call float @llvm.nvvm.fmax.f(float %1125, float %1126)
	%1158 = call float @llvm.nvvm.fmax.f(float %1129, float %1130)
	%1159 = call float @llvm.nvvm.fmax.f(float %1133, float %1134)
	%1160 = call float @llvm.nvvm.fmax.f(float %1137, float %1138)
	%1161 = call float @llvm.nvvm.fmax.f(float %1141, float %1142)
	%1162 = call float @llvm.nvvm.fmax.f(float %1145, float %1146)
	%1163 = call float @llvm.nvvm.fmax.f(float %1149, float %1150)
	%1164 = call float @llvm.nvvm.fmax.f(float %1153, float %1154)
	%1165 = call float @llvm.nvvm.fmax.f(float %1157, float %1158)
	%1166 = call float @llvm.nvvm.fmax.f(float %1159, float %1160)
	%1167 = call float @llvm.nvvm.fmax.f(float %1161, float %1162)
	%1168 = call float @llvm.nvvm.fmax.f(float %1163, float %1164)
	%1169 = call float @llvm.nvvm.fmax.f(float %1165, float %1166)
	%1170 = call float @llvm.nvvm.fmax.f(float %1167, float %1168)
	%1171 = call float @llvm.nvvm.fmax.f(float %1169, float %1170)
	%1172 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1171, i32 1, i32 31)
	%1173 = call float @llvm.nvvm.fmax.f(float %1171, float %1172)
	%1174 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1173, i32 2, i32 31)
	%1175 = call float @llvm.nvvm.fmax.f(float %1173, float %1174)
	%1176 = fmul float %1175, 0x3FC7154760000000
	%1177 = call float @llvm.nvvm.fmax.f(float %243, float %1176)
	%1178 = fadd float %243, 8.0
	%1179 = fcmp ogt float %1177, %1178
	%1180 = or i1 false, %1179
	%1181 = call float @llvm.nvvm.fmax.f(float %1127, float %1128)
	%1182 = call float @llvm.nvvm.fmax.f(float %1131, float %1132)
	%1183 = call float @llvm.nvvm.fmax.f(float %1135, float %1136)
	%1184 = call float @llvm.nvvm.fmax.f(float %1139, float %1140)
	%1185 = call float @llvm.nvvm.fmax.f(float %1143, float %1144)
	%1186 = call float @llvm.nvvm.fmax.f(float %1147, float %1148)
	%1187 = call float @llvm.nvvm.fmax.f(float %1151, float %1152)
	%1188 = call float @llvm.nvvm.fmax.f(float %1155, float %1156)
	%1189 = call float @llvm.nvvm.fmax.f(float %1181, float %1182)
	%1190 = call float @llvm.nvvm.fmax.f(float %1183, float %1184)
	%1191 = call float @llvm.nvvm.fmax.f(float %1185, float %1186)
	%1192 = call float @llvm.nvvm.fmax.f(float %1187, float %1188)
	%1193 = call float @llvm.nvvm.fmax.f(float %1189, float %1190)
	%1194 = call float @llvm.nvvm.fmax.f(float %1191, float %1192)
	%1195 = call float @llvm.nvvm.fmax.f(float %1193, float %1194)
	%1196 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1195, i32 1, i32 31)
	%1197 = call float @llvm.nvvm.fmax.f(float %1195, float %1196)
	%1198 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1197, i32 2, i32 31)
	%1199 = call float @llvm.nvvm.fmax.f(float %1197, float %1198)
	%1200 = fmul float %1199, 0x3FC7154760000000
	%1201 = call float @llvm.nvvm.fmax.f(float %245, float %1200)
	%1202 = fadd float %245, 8.0
	%1203 = fcmp ogt float %1201, %1202
	%1204 = or i1 %1180, %1203
	%1205 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1204)
	br i1 %1205, label %1206, label %1249

1206:
	%1207 = fcmp oeq float %1177, 0xFFF0000000000000
	%1208 = select i1 %1207, float 0.0, float %1177
	%1209 = fsub float %243, %1208
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = fcmp oeq float %1201, 0xFFF0000000000000
	%1212 = select i1 %1211, float 0.0, float %1201
	%1213 = fsub float %245, %1212
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = fmul float %211, %1210
	%1216 = fmul float %212, %1210
	%1217 = fmul float %213, %1214
	%1218 = fmul float %214, %1214
	%1219 = fmul float %215, %1210
	%1220 = fmul float %216, %1210
	%1221 = fmul float %217, %1214
	%1222 = fmul float %218, %1214
	%1223 = fmul float %219, %1210
	%1224 = fmul float %220, %1210
	%1225 = fmul float %221, %1214
	%1226 = fmul float %222, %1214
	%1227 = fmul float %223, %1210
	%1228 = fmul float %224, %1210
	%1229 = fmul float %225, %1214
	%1230 = fmul float %226, %1214
	%1231 = fmul float %227, %1210
	%1232 = fmul float %228, %1210
	%1233 = fmul float %229, %1214
	%1234 = fmul float %230, %1214
	%1235 = fmul float %231, %1210
	%1236 = fmul float %232, %1210
	%1237 = fmul float %233, %1214
	%1238 = fmul float %234, %1214
	%1239 = fmul float %235, %1210
	%1240 = fmul float %236, %1210
	%1241 = fmul float %237, %1214
	%1242 = fmul float %238, %1214
	%1243 = fmul float %239, %1210
	%1244 = fmul float %240, %1210
	%1245 = fmul float %241, %1214
	%1246 = fmul float %242, %1214
	%1247 = fmul float %244, %1210
	%1248 = fmul float %246, %1214
	br label %1249

1249:
	%1250 = phi float [ %211, %softmax ], [ %1215, %1206 ]
	%1251 = phi float [ %212, %softmax ], [ %1216, %1206 ]
	%1252 = phi float [ %213, %softmax ], [ %1217, %1206 ]
	%1253 = phi float [ %214, %softmax ], [ %1218, %1206 ]
	%1254 = phi float [ %215, %softmax ], [ %1219, %1206 ]
	%1255 = phi float [ %216, %softmax ], [ %1220, %1206 ]
	%1256 = phi float [ %217, %softmax ], [ %1221, %1206 ]
	%1257 = phi float [ %218, %softmax ], [ %1222, %1206 ]
	%1258 = phi float [ %219, %softmax ], [ %1223, %1206 ]
	%1259 = phi float [ %220, %softmax ], [ %1224, %1206 ]
	%1260 = phi float [ %221, %softmax ], [ %1225, %1206 ]
	%1261 = phi float [ %222, %softmax ], [ %1226, %1206 ]
	%1262 = phi float [ %223, %softmax ], [ %1227, %1206 ]
	%1263 = phi float [ %224, %softmax ], [ %1228, %1206 ]
	%1264 = phi float [ %225, %softmax ], [ %1229, %1206 ]
	%1265 = phi float [ %226, %softmax ], [ %1230, %1206 ]
	%1266 = phi float [ %227, %softmax ], [ %1231, %1206 ]
	%1267 = phi float [ %228, %softmax ], [ %1232, %1206 ]
	%1268 = phi float [ %229, %softmax ], [ %1233, %1206 ]
	%1269 = phi float [ %230, %softmax ], [ %1234, %1206 ]
	%1270 = phi float [ %231, %softmax ], [ %1235, %1206 ]
	%1271 = phi float [ %232, %softmax ], [ %1236, %1206 ]
	%1272 = phi float [ %233, %softmax ], [ %1237, %1206 ]
	%1273 = phi float [ %234, %softmax ], [ %1238, %1206 ]
	%1274 = phi float [ %235, %softmax ], [ %1239, %1206 ]
	%1275 = phi float [ %236, %softmax ], [ %1240, %1206 ]
	%1276 = phi float [ %237, %softmax ], [ %1241, %1206 ]
	%1277 = phi float [ %238, %softmax ], [ %1242, %1206 ]
	%1278 = phi float [ %239, %softmax ], [ %1243, %1206 ]
	%1279 = phi float [ %240, %softmax ], [ %1244, %1206 ]
	%1280 = phi float [ %241, %softmax ], [ %1245, %1206 ]
	%1281 = phi float [ %242, %softmax ], [ %1246, %1206 ]
	%1282 = phi float [ %244, %softmax ], [ %1247, %1206 ]
	%1283 = phi float [ %246, %softmax ], [ %1248, %1206 ]
	%1284 = select i1 %1205, float %1177, float %243
	%1285 = fcmp oeq float %1284, 0xFFF0000000000000
	%1286 = select i1 %1285, float 0.0, float %1284
	%1287 = fneg float %1286
	%1288 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1287)
	%1289 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1288)
	%1290 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1287)
	%1291 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1290)
	%1292 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1287)
	%1293 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1292)
	%1294 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1287)
	%1295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1294)
	%1296 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1287)
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1287)
	%1299 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1298)
	%1300 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1287)
	%1301 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1300)
	%1302 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1287)
	%1303 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1302)
	%1304 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1287)
	%1305 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1304)
	%1306 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1287)
	%1307 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1306)
	%1308 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1287)
	%1309 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1308)
	%1310 = call float @llvm.fma.f32(float %1146, float 0x3FC7154760000000, float %1287)
	%1311 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1310)
	%1312 = call float @llvm.fma.f32(float %1149, float 0x3FC7154760000000, float %1287)
	%1313 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1312)
	%1314 = call float @llvm.fma.f32(float %1150, float 0x3FC7154760000000, float %1287)
	%1315 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1314)
	%1316 = call float @llvm.fma.f32(float %1153, float 0x3FC7154760000000, float %1287)
	%1317 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1316)
	%1318 = call float @llvm.fma.f32(float %1154, float 0x3FC7154760000000, float %1287)
	%1319 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1318)
	%1320 = fadd float %1289, %1291
	%1321 = fadd float %1293, %1295
	%1322 = fadd float %1297, %1299
	%1323 = fadd float %1301, %1303
	%1324 = fadd float %1305, %1307
	%1325 = fadd float %1309, %1311
	%1326 = fadd float %1313, %1315
	%1327 = fadd float %1317, %1319
	%1328 = fadd float %1320, %1321
	%1329 = fadd float %1322, %1323
	%1330 = fadd float %1324, %1325
	%1331 = fadd float %1326, %1327
	%1332 = fadd float %1328, %1329
	%1333 = fadd float %1330, %1331
	%1334 = fadd float %1332, %1333
	%1335 = fadd float %1282, %1334
	%1336 = select i1 %1205, float %1201, float %245
	%1337 = fcmp oeq float %1336, 0xFFF0000000000000
	%1338 = select i1 %1337, float 0.0, float %1336
	%1339 = fneg float %1338
	%1340 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1339)
	%1341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1340)
	%1342 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1339)
	%1343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1342)
	%1344 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1339)
	%1345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1344)
	%1346 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1339)
	%1347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1346)
	%1348 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1339)
	%1349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1348)
	%1350 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1339)
	%1351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1350)
	%1352 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1339)
	%1353 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1352)
	%1354 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1339)
	%1355 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1354)
	%1356 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1339)
	%1357 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1356)
	%1358 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1339)
	%1359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1358)
	%1360 = call float @llvm.fma.f32(float %1147, float 0x3FC7154760000000, float %1339)
	%1361 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1360)
	%1362 = call float @llvm.fma.f32(float %1148, float 0x3FC7154760000000, float %1339)
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = call float @llvm.fma.f32(float %1151, float 0x3FC7154760000000, float %1339)
	%1365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1364)
	%1366 = call float @llvm.fma.f32(float %1152, float 0x3FC7154760000000, float %1339)
	%1367 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1366)
	%1368 = call float @llvm.fma.f32(float %1155, float 0x3FC7154760000000, float %1339)
	%1369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1368)
	%1370 = call float @llvm.fma.f32(float %1156, float 0x3FC7154760000000, float %1339)
	%1371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1370)
	%1372 = fadd float %1341, %1343
	%1373 = fadd float %1345, %1347
	%1374 = fadd float %1349, %1351
	%1375 = fadd float %1353, %1355
	%1376 = fadd float %1357, %1359
	%1377 = fadd float %1361, %1363
	%1378 = fadd float %1365, %1367
	%1379 = fadd float %1369, %1371
	%1380 = fadd float %1372, %1373
	%1381 = fadd float %1374, %1375
	%1382 = fadd float %1376, %1377
	%1383 = fadd float %1378, %1379
	%1384 = fadd float %1380, %1381
	%1385 = fadd float %1382, %1383
	%1386 = fadd float %1384, %1385
	%1387 = fadd float %1283, %1386
	%1388 = add i32 %209, 1
	%1389 = icmp slt i32 %1388, %NK
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %41, %1390
	%1392 = sext i32 %1391 to i64
	%1393 = getelementptr i32, i32* %list, i64 %1392
	%1394 = load i32, i32* %1393
	%1395 = select i1 %1389, i32 %1394, i32 -1
	%1396 = icmp sge i32 %1395, 0
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = mul i32 %1397, 64
	%1399 = lshr i32 %2, 3
	%1400 = add i32 %1398, %1399
	%1401 = add i32 %1400, 0
	%1402 = icmp slt i32 %1401, %N
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = sext i32 %1403 to i64
	%1405 = getelementptr i32, i32* %51, i64 %1404
	%1406 = load i32, i32* %1405
	%1407 = add i32 %1400, 16
	%1408 = icmp slt i32 %1407, %N
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = sext i32 %1409 to i64
	%1411 = getelementptr i32, i32* %51, i64 %1410
	%1412 = load i32, i32* %1411
	%1413 = add i32 %1400, 32
	%1414 = icmp slt i32 %1413, %N
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = sext i32 %1415 to i64
	%1417 = getelementptr i32, i32* %51, i64 %1416
	%1418 = load i32, i32* %1417
	%1419 = add i32 %1400, 48
	%1420 = icmp slt i32 %1419, %N
	%1421 = select i1 %1420, i32 %1419, i32 0
	%1422 = sext i32 %1421 to i64
	%1423 = getelementptr i32, i32* %51, i64 %1422
	%1424 = load i32, i32* %1423
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1396, label %prefetch, label %pv

prefetch:
	%1425 = mul i32 %1395, 64
	%1426 = lshr i32 %2, 3
	%1427 = and i32 %2, 7
	%1428 = and i32 %1426, 7
	%1429 = xor i32 %1427, %1428
	%1430 = mul i32 %1426, 8
	%1431 = add i32 %1430, %1429
	%1432 = shl i32 %1431, 4
	%1433 = add i32 %0, %1432
	%1434 = add i32 %1425, %1426
	%1435 = add i32 %1434, 0
	%1436 = icmp slt i32 %1435, %N
	%1437 = mul i32 %1406, 64
	%1438 = mul i32 %1427, 8
	%1439 = add i32 %1437, %1438
	%1440 = sext i32 %1439 to i64
	%1441 = getelementptr i16, i16* %32, i64 %1440
	%1442 = add i32 %1433, 0
	%1443 = select i1 %1436, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1442, i16* %1441, i32 %1443)
	%1444 = add i32 %1434, 16
	%1445 = icmp slt i32 %1444, %N
	%1446 = mul i32 %1412, 64
	%1447 = mul i32 %1427, 8
	%1448 = add i32 %1446, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %32, i64 %1449
	%1451 = add i32 %1433, 2048
	%1452 = select i1 %1445, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1451, i16* %1450, i32 %1452)
	%1453 = add i32 %1434, 32
	%1454 = icmp slt i32 %1453, %N
	%1455 = mul i32 %1418, 64
	%1456 = mul i32 %1427, 8
	%1457 = add i32 %1455, %1456
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i16, i16* %32, i64 %1458
	%1460 = add i32 %1433, u0x1000
	%1461 = select i1 %1454, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1460, i16* %1459, i32 %1461)
	%1462 = add i32 %1434, 48
	%1463 = icmp slt i32 %1462, %N
	%1464 = mul i32 %1424, 64
	%1465 = mul i32 %1427, 8
	%1466 = add i32 %1464, %1465
	%1467 = sext i32 %1466 to i64
	%1468 = getelementptr i16, i16* %32, i64 %1467
	%1469 = add i32 %1433, 6144
	%1470 = select i1 %1463, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1469, i16* %1468, i32 %1470)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1471 = and i32 %4, 7
	%1472 = lshr i32 %4, 3
	%1473 = and i32 %1472, 1
	%1474 = shl i32 %1473, 3
	%1475 = add i32 %1471, %1474
	%1476 = mul i32 %1475, 128
	%1477 = add i32 %1, %1476
	%1478 = and i32 %4, 7
	%1479 = xor i32 %102, %1478
	%1480 = shl i32 %1479, 4
	%1481 = add i32 %1477, %1480
	%1482 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1291, float %1289)
	%1483 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1343, float %1341)
	%1484 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1295, float %1293)
	%1485 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1347, float %1345)
	%1486 = xor i32 %1481, 0
	%1487 = add i32 %1486, 0
	%1488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1487)
	%1489 = extractvalue { i32, i32, i32, i32 } %1488, 0
	%1490 = extractvalue { i32, i32, i32, i32 } %1488, 1
	%1491 = extractvalue { i32, i32, i32, i32 } %1488, 2
	%1492 = extractvalue { i32, i32, i32, i32 } %1488, 3
	%1493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1489, i32 %1490, float %1250, float %1251, float %1252, float %1253)
	%1494 = extractvalue { float, float, float, float } %1493, 0
	%1495 = extractvalue { float, float, float, float } %1493, 1
	%1496 = extractvalue { float, float, float, float } %1493, 2
	%1497 = extractvalue { float, float, float, float } %1493, 3
	%1498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1491, i32 %1492, float %1254, float %1255, float %1256, float %1257)
	%1499 = extractvalue { float, float, float, float } %1498, 0
	%1500 = extractvalue { float, float, float, float } %1498, 1
	%1501 = extractvalue { float, float, float, float } %1498, 2
	%1502 = extractvalue { float, float, float, float } %1498, 3
	%1503 = xor i32 %1481, 32
	%1504 = add i32 %1503, 0
	%1505 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1504)
	%1506 = extractvalue { i32, i32, i32, i32 } %1505, 0
	%1507 = extractvalue { i32, i32, i32, i32 } %1505, 1
	%1508 = extractvalue { i32, i32, i32, i32 } %1505, 2
	%1509 = extractvalue { i32, i32, i32, i32 } %1505, 3
	%1510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1506, i32 %1507, float %1258, float %1259, float %1260, float %1261)
	%1511 = extractvalue { float, float, float, float } %1510, 0
	%1512 = extractvalue { float, float, float, float } %1510, 1
	%1513 = extractvalue { float, float, float, float } %1510, 2
	%1514 = extractvalue { float, float, float, float } %1510, 3
	%1515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1508, i32 %1509, float %1262, float %1263, float %1264, float %1265)
	%1516 = extractvalue { float, float, float, float } %1515, 0
	%1517 = extractvalue { float, float, float, float } %1515, 1
	%1518 = extractvalue { float, float, float, float } %1515, 2
	%1519 = extractvalue { float, float, float, float } %1515, 3
	%1520 = xor i32 %1481, 64
	%1521 = add i32 %1520, 0
	%1522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1521)
	%1523 = extractvalue { i32, i32, i32, i32 } %1522, 0
	%1524 = extractvalue { i32, i32, i32, i32 } %1522, 1
	%1525 = extractvalue { i32, i32, i32, i32 } %1522, 2
	%1526 = extractvalue { i32, i32, i32, i32 } %1522, 3
	%1527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1523, i32 %1524, float %1266, float %1267, float %1268, float %1269)
	%1528 = extractvalue { float, float, float, float } %1527, 0
	%1529 = extractvalue { float, float, float, float } %1527, 1
	%1530 = extractvalue { float, float, float, float } %1527, 2
	%1531 = extractvalue { float, float, float, float } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1525, i32 %1526, float %1270, float %1271, float %1272, float %1273)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = xor i32 %1481, 96
	%1538 = add i32 %1537, 0
	%1539 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1538)
	%1540 = extractvalue { i32, i32, i32, i32 } %1539, 0
	%1541 = extractvalue { i32, i32, i32, i32 } %1539, 1
	%1542 = extractvalue { i32, i32, i32, i32 } %1539, 2
	%1543 = extractvalue { i32, i32, i32, i32 } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1540, i32 %1541, float %1274, float %1275, float %1276, float %1277)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1482, i32 %1483, i32 %1484, i32 %1485, i32 %1542, i32 %1543, float %1278, float %1279, float %1280, float %1281)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1299, float %1297)
	%1555 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1351, float %1349)
	%1556 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1303, float %1301)
	%1557 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1355, float %1353)
	%1558 = xor i32 %1481, 0
	%1559 = add i32 %1558, 2048
	%1560 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1559)
	%1561 = extractvalue { i32, i32, i32, i32 } %1560, 0
	%1562 = extractvalue { i32, i32, i32, i32 } %1560, 1
	%1563 = extractvalue { i32, i32, i32, i32 } %1560, 2
	%1564 = extractvalue { i32, i32, i32, i32 } %1560, 3
	%1565 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1561, i32 %1562, float %1494, float %1495, float %1496, float %1497)
	%1566 = extractvalue { float, float, float, float } %1565, 0
	%1567 = extractvalue { float, float, float, float } %1565, 1
	%1568 = extractvalue { float, float, float, float } %1565, 2
	%1569 = extractvalue { float, float, float, float } %1565, 3
	%1570 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1563, i32 %1564, float %1499, float %1500, float %1501, float %1502)
	%1571 = extractvalue { float, float, float, float } %1570, 0
	%1572 = extractvalue { float, float, float, float } %1570, 1
	%1573 = extractvalue { float, float, float, float } %1570, 2
	%1574 = extractvalue { float, float, float, float } %1570, 3
	%1575 = xor i32 %1481, 32
	%1576 = add i32 %1575, 2048
	%1577 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1576)
	%1578 = extractvalue { i32, i32, i32, i32 } %1577, 0
	%1579 = extractvalue { i32, i32, i32, i32 } %1577, 1
	%1580 = extractvalue { i32, i32, i32, i32 } %1577, 2
	%1581 = extractvalue { i32, i32, i32, i32 } %1577, 3
	%1582 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1578, i32 %1579, float %1511, float %1512, float %1513, float %1514)
	%1583 = extractvalue { float, float, float, float } %1582, 0
	%1584 = extractvalue { float, float, float, float } %1582, 1
	%1585 = extractvalue { float, float, float, float } %1582, 2
	%1586 = extractvalue { float, float, float, float } %1582, 3
	%1587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1580, i32 %1581, float %1516, float %1517, float %1518, float %1519)
	%1588 = extractvalue { float, float, float, float } %1587, 0
	%1589 = extractvalue { float, float, float, float } %1587, 1
	%1590 = extractvalue { float, float, float, float } %1587, 2
	%1591 = extractvalue { float, float, float, float } %1587, 3
	%1592 = xor i32 %1481, 64
	%1593 = add i32 %1592, 2048
	%1594 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1593)
	%1595 = extractvalue { i32, i32, i32, i32 } %1594, 0
	%1596 = extractvalue { i32, i32, i32, i32 } %1594, 1
	%1597 = extractvalue { i32, i32, i32, i32 } %1594, 2
	%1598 = extractvalue { i32, i32, i32, i32 } %1594, 3
	%1599 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1595, i32 %1596, float %1528, float %1529, float %1530, float %1531)
	%1600 = extractvalue { float, float, float, float } %1599, 0
	%1601 = extractvalue { float, float, float, float } %1599, 1
	%1602 = extractvalue { float, float, float, float } %1599, 2
	%1603 = extractvalue { float, float, float, float } %1599, 3
	%1604 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1597, i32 %1598, float %1533, float %1534, float %1535, float %1536)
	%1605 = extractvalue { float, float, float, float } %1604, 0
	%1606 = extractvalue { float, float, float, float } %1604, 1
	%1607 = extractvalue { float, float, float, float } %1604, 2
	%1608 = extractvalue { float, float, float, float } %1604, 3
	%1609 = xor i32 %1481, 96
	%1610 = add i32 %1609, 2048
	%1611 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1610)
	%1612 = extractvalue { i32, i32, i32, i32 } %1611, 0
	%1613 = extractvalue { i32, i32, i32, i32 } %1611, 1
	%1614 = extractvalue { i32, i32, i32, i32 } %1611, 2
	%1615 = extractvalue { i32, i32, i32, i32 } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1612, i32 %1613, float %1545, float %1546, float %1547, float %1548)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1554, i32 %1555, i32 %1556, i32 %1557, i32 %1614, i32 %1615, float %1550, float %1551, float %1552, float %1553)
	%1622 = extractvalue { float, float, float, float } %1621, 0
	%1623 = extractvalue { float, float, float, float } %1621, 1
	%1624 = extractvalue { float, float, float, float } %1621, 2
	%1625 = extractvalue { float, float, float, float } %1621, 3
	%1626 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1307, float %1305)
	%1627 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1359, float %1357)
	%1628 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1311, float %1309)
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1363, float %1361)
	%1630 = xor i32 %1481, 0
	%1631 = add i32 %1630, u0x1000
	%1632 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1631)
	%1633 = extractvalue { i32, i32, i32, i32 } %1632, 0
	%1634 = extractvalue { i32, i32, i32, i32 } %1632, 1
	%1635 = extractvalue { i32, i32, i32, i32 } %1632, 2
	%1636 = extractvalue { i32, i32, i32, i32 } %1632, 3
	%1637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1633, i32 %1634, float %1566, float %1567, float %1568, float %1569)
	%1638 = extractvalue { float, float, float, float } %1637, 0
	%1639 = extractvalue { float, float, float, float } %1637, 1
	%1640 = extractvalue { float, float, float, float } %1637, 2
	%1641 = extractvalue { float, float, float, float } %1637, 3
	%1642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1635, i32 %1636, float %1571, float %1572, float %1573, float %1574)
	%1643 = extractvalue { float, float, float, float } %1642, 0
	%1644 = extractvalue { float, float, float, float } %1642, 1
	%1645 = extractvalue { float, float, float, float } %1642, 2
	%1646 = extractvalue { float, float, float, float } %1642, 3
	%1647 = xor i32 %1481, 32
	%1648 = add i32 %1647, u0x1000
	%1649 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1648)
	%1650 = extractvalue { i32, i32, i32, i32 } %1649, 0
	%1651 = extractvalue { i32, i32, i32, i32 } %1649, 1
	%1652 = extractvalue { i32, i32, i32, i32 } %1649, 2
	%1653 = extractvalue { i32, i32, i32, i32 } %1649, 3
	%1654 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1650, i32 %1651, float %1583, float %1584, float %1585, float %1586)
	%1655 = extractvalue { float, float, float, float } %1654, 0
	%1656 = extractvalue { float, float, float, float } %1654, 1
	%1657 = extractvalue { float, float, float, float } %1654, 2
	%1658 = extractvalue { float, float, float, float } %1654, 3
	%1659 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1652, i32 %1653, float %1588, float %1589, float %1590, float %1591)
	%1660 = extractvalue { float, float, float, float } %1659, 0
	%1661 = extractvalue { float, float, float, float } %1659, 1
	%1662 = extractvalue { float, float, float, float } %1659, 2
	%1663 = extractvalue { float, float, float, float } %1659, 3
	%1664 = xor i32 %1481, 64
	%1665 = add i32 %1664, u0x1000
	%1666 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1665)
	%1667 = extractvalue { i32, i32, i32, i32 } %1666, 0
	%1668 = extractvalue { i32, i32, i32, i32 } %1666, 1
	%1669 = extractvalue { i32, i32, i32, i32 } %1666, 2
	%1670 = extractvalue { i32, i32, i32, i32 } %1666, 3
	%1671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1667, i32 %1668, float %1600, float %1601, float %1602, float %1603)
	%1672 = extractvalue { float, float, float, float } %1671, 0
	%1673 = extractvalue { float, float, float, float } %1671, 1
	%1674 = extractvalue { float, float, float, float } %1671, 2
	%1675 = extractvalue { float, float, float, float } %1671, 3
	%1676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1669, i32 %1670, float %1605, float %1606, float %1607, float %1608)
	%1677 = extractvalue { float, float, float, float } %1676, 0
	%1678 = extractvalue { float, float, float, float } %1676, 1
	%1679 = extractvalue { float, float, float, float } %1676, 2
	%1680 = extractvalue { float, float, float, float } %1676, 3
	%1681 = xor i32 %1481, 96
	%1682 = add i32 %1681, u0x1000
	%1683 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1682)
	%1684 = extractvalue { i32, i32, i32, i32 } %1683, 0
	%1685 = extractvalue { i32, i32, i32, i32 } %1683, 1
	%1686 = extractvalue { i32, i32, i32, i32 } %1683, 2
	%1687 = extractvalue { i32, i32, i32, i32 } %1683, 3
	%1688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1684, i32 %1685, float %1617, float %1618, float %1619, float %1620)
	%1689 = extractvalue { float, float, float, float } %1688, 0
	%1690 = extractvalue { float, float, float, float } %1688, 1
	%1691 = extractvalue { float, float, float, float } %1688, 2
	%1692 = extractvalue { float, float, float, float } %1688, 3
	%1693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1626, i32 %1627, i32 %1628, i32 %1629, i32 %1686, i32 %1687, float %1622, float %1623, float %1624, float %1625)
	%1694 = extractvalue { float, float, float, float } %1693, 0
	%1695 = extractvalue { float, float, float, float } %1693, 1
	%1696 = extractvalue { float, float, float, float } %1693, 2
	%1697 = extractvalue { float, float, float, float } %1693, 3
	%1698 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1315, float %1313)
	%1699 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1367, float %1365)
	%1700 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1319, float %1317)
	%1701 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1371, float %1369)
	%1702 = xor i32 %1481, 0
	%1703 = add i32 %1702, 6144
	%1704 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1703)
	%1705 = extractvalue { i32, i32, i32, i32 } %1704, 0
	%1706 = extractvalue { i32, i32, i32, i32 } %1704, 1
	%1707 = extractvalue { i32, i32, i32, i32 } %1704, 2
	%1708 = extractvalue { i32, i32, i32, i32 } %1704, 3
	%1709 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1705, i32 %1706, float %1638, float %1639, float %1640, float %1641)
	%1710 = extractvalue { float, float, float, float } %1709, 0
	%1711 = extractvalue { float, float, float, float } %1709, 1
	%1712 = extractvalue { float, float, float, float } %1709, 2
	%1713 = extractvalue { float, float, float, float } %1709, 3
	%1714 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1707, i32 %1708, float %1643, float %1644, float %1645, float %1646)
	%1715 = extractvalue { float, float, float, float } %1714, 0
	%1716 = extractvalue { float, float, float, float } %1714, 1
	%1717 = extractvalue { float, float, float, float } %1714, 2
	%1718 = extractvalue { float, float, float, float } %1714, 3
	%1719 = xor i32 %1481, 32
	%1720 = add i32 %1719, 6144
	%1721 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1720)
	%1722 = extractvalue { i32, i32, i32, i32 } %1721, 0
	%1723 = extractvalue { i32, i32, i32, i32 } %1721, 1
	%1724 = extractvalue { i32, i32, i32, i32 } %1721, 2
	%1725 = extractvalue { i32, i32, i32, i32 } %1721, 3
	%1726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1722, i32 %1723, float %1655, float %1656, float %1657, float %1658)
	%1727 = extractvalue { float, float, float, float } %1726, 0
	%1728 = extractvalue { float, float, float, float } %1726, 1
	%1729 = extractvalue { float, float, float, float } %1726, 2
	%1730 = extractvalue { float, float, float, float } %1726, 3
	%1731 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1724, i32 %1725, float %1660, float %1661, float %1662, float %1663)
	%1732 = extractvalue { float, float, float, float } %1731, 0
	%1733 = extractvalue { float, float, float, float } %1731, 1
	%1734 = extractvalue { float, float, float, float } %1731, 2
	%1735 = extractvalue { float, float, float, float } %1731, 3
	%1736 = xor i32 %1481, 64
	%1737 = add i32 %1736, 6144
	%1738 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1737)
	%1739 = extractvalue { i32, i32, i32, i32 } %1738, 0
	%1740 = extractvalue { i32, i32, i32, i32 } %1738, 1
	%1741 = extractvalue { i32, i32, i32, i32 } %1738, 2
	%1742 = extractvalue { i32, i32, i32, i32 } %1738, 3
	%1743 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1739, i32 %1740, float %1672, float %1673, float %1674, float %1675)
	%1744 = extractvalue { float, float, float, float } %1743, 0
	%1745 = extractvalue { float, float, float, float } %1743, 1
	%1746 = extractvalue { float, float, float, float } %1743, 2
	%1747 = extractvalue { float, float, float, float } %1743, 3
	%1748 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1741, i32 %1742, float %1677, float %1678, float %1679, float %1680)
	%1749 = extractvalue { float, float, float, float } %1748, 0
	%1750 = extractvalue { float, float, float, float } %1748, 1
	%1751 = extractvalue { float, float, float, float } %1748, 2
	%1752 = extractvalue { float, float, float, float } %1748, 3
	%1753 = xor i32 %1481, 96
	%1754 = add i32 %1753, 6144
	%1755 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1754)
	%1756 = extractvalue { i32, i32, i32, i32 } %1755, 0
	%1757 = extractvalue { i32, i32, i32, i32 } %1755, 1
	%1758 = extractvalue { i32, i32, i32, i32 } %1755, 2
	%1759 = extractvalue { i32, i32, i32, i32 } %1755, 3
	%1760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1756, i32 %1757, float %1689, float %1690, float %1691, float %1692)
	%1761 = extractvalue { float, float, float, float } %1760, 0
	%1762 = extractvalue { float, float, float, float } %1760, 1
	%1763 = extractvalue { float, float, float, float } %1760, 2
	%1764 = extractvalue { float, float, float, float } %1760, 3
	%1765 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1698, i32 %1699, i32 %1700, i32 %1701, i32 %1758, i32 %1759, float %1694, float %1695, float %1696, float %1697)
	%1766 = extractvalue { float, float, float, float } %1765, 0
	%1767 = extractvalue { float, float, float, float } %1765, 1
	%1768 = extractvalue { float, float, float, float } %1765, 2
	%1769 = extractvalue { float, float, float, float } %1765, 3
	br i1 %1396, label %loop, label %epilogue

store0:
	%1770 = mul i32 %22, %M
	%1771 = add i32 %1770, %627
	%1772 = mul i32 %1771, 64
	%1773 = shl i32 %6, 1
	%1774 = add i32 0, %1773
	%1775 = add i32 %1772, %1774
	%1776 = sext i32 %1775 to i64
	%1777 = getelementptr i16, i16* %out, i64 %1776
	%1778 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %629, float %628)
	%1779 = bitcast i16* %1777 to i32*
	store i32 %1778, i32* %1779
	%1780 = shl i32 %6, 1
	%1781 = add i32 8, %1780
	%1782 = add i32 %1772, %1781
	%1783 = sext i32 %1782 to i64
	%1784 = getelementptr i16, i16* %out, i64 %1783
	%1785 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %631, float %630)
	%1786 = bitcast i16* %1784 to i32*
	store i32 %1785, i32* %1786
	%1787 = shl i32 %6, 1
	%1788 = add i32 16, %1787
	%1789 = add i32 %1772, %1788
	%1790 = sext i32 %1789 to i64
	%1791 = getelementptr i16, i16* %out, i64 %1790
	%1792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %633, float %632)
	%1793 = bitcast i16* %1791 to i32*
	store i32 %1792, i32* %1793
	%1794 = shl i32 %6, 1
	%1795 = add i32 24, %1794
	%1796 = add i32 %1772, %1795
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i16, i16* %out, i64 %1797
	%1799 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %635, float %634)
	%1800 = bitcast i16* %1798 to i32*
	store i32 %1799, i32* %1800
	%1801 = shl i32 %6, 1
	%1802 = add i32 32, %1801
	%1803 = add i32 %1772, %1802
	%1804 = sext i32 %1803 to i64
	%1805 = getelementptr i16, i16* %out, i64 %1804
	%1806 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %637, float %636)
	%1807 = bitcast i16* %1805 to i32*
	store i32 %1806, i32* %1807
	%1808 = shl i32 %6, 1
	%1809 = add i32 40, %1808
	%1810 = add i32 %1772, %1809
	%1811 = sext i32 %1810 to i64
	%1812 = getelementptr i16, i16* %out, i64 %1811
	%1813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %639, float %638)
	%1814 = bitcast i16* %1812 to i32*
	store i32 %1813, i32* %1814
	%1815 = shl i32 %6, 1
	%1816 = add i32 48, %1815
	%1817 = add i32 %1772, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %641, float %640)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %6, 1
	%1823 = add i32 56, %1822
	%1824 = add i32 %1772, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %643, float %642)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	br label %stored0

stored0:
	%1829 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %583, i32 1, i32 31)
	%1830 = fadd float %583, %1829
	%1831 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1830, i32 2, i32 31)
	%1832 = fadd float %1830, %1831
	%1833 = fcmp ogt float %1832, 0.0
	%1834 = fdiv float 1.0, %1832
	%1835 = select i1 %1833, float %1834, float 0.0
	%1836 = mul i32 %3, 16
	%1837 = add i32 %24, %1836
	%1838 = add i32 %5, 8
	%1839 = add i32 %1837, %1838
	%1840 = fmul float %587, %1835
	%1841 = fmul float %588, %1835
	%1842 = fmul float %591, %1835
	%1843 = fmul float %592, %1835
	%1844 = fmul float %595, %1835
	%1845 = fmul float %596, %1835
	%1846 = fmul float %599, %1835
	%1847 = fmul float %600, %1835
	%1848 = fmul float %603, %1835
	%1849 = fmul float %604, %1835
	%1850 = fmul float %607, %1835
	%1851 = fmul float %608, %1835
	%1852 = fmul float %611, %1835
	%1853 = fmul float %612, %1835
	%1854 = fmul float %615, %1835
	%1855 = fmul float %616, %1835
	%1856 = icmp slt i32 %1839, %M
	br i1 %1856, label %store1, label %stored1

store1:
	%1857 = mul i32 %22, %M
	%1858 = add i32 %1857, %1839
	%1859 = mul i32 %1858, 64
	%1860 = shl i32 %6, 1
	%1861 = add i32 0, %1860
	%1862 = add i32 %1859, %1861
	%1863 = sext i32 %1862 to i64
	%1864 = getelementptr i16, i16* %out, i64 %1863
	%1865 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1841, float %1840)
	%1866 = bitcast i16* %1864 to i32*
	store i32 %1865, i32* %1866
	%1867 = shl i32 %6, 1
	%1868 = add i32 8, %1867
	%1869 = add i32 %1859, %1868
	%1870 = sext i32 %1869 to i64
	%1871 = getelementptr i16, i16* %out, i64 %1870
	%1872 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1843, float %1842)
	%1873 = bitcast i16* %1871 to i32*
	store i32 %1872, i32* %1873
	%1874 = shl i32 %6, 1
	%1875 = add i32 16, %1874
	%1876 = add i32 %1859, %1875
	%1877 = sext i32 %1876 to i64
	%1878 = getelementptr i16, i16* %out, i64 %1877
	%1879 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1845, float %1844)
	%1880 = bitcast i16* %1878 to i32*
	store i32 %1879, i32* %1880
	%1881 = shl i32 %6, 1
	%1882 = add i32 24, %1881
	%1883 = add i32 %1859, %1882
	%1884 = sext i32 %1883 to i64
	%1885 = getelementptr i16, i16* %out, i64 %1884
	%1886 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1847, float %1846)
	%1887 = bitcast i16* %1885 to i32*
	store i32 %1886, i32* %1887
	%1888 = shl i32 %6, 1
	%1889 = add i32 32, %1888
	%1890 = add i32 %1859, %1889
	%1891 = sext i32 %1890 to i64
	%1892 = getelementptr i16, i16* %out, i64 %1891
	%1893 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1849, float %1848)
	%1894 = bitcast i16* %1892 to i32*
	store i32 %1893, i32* %1894
	%1895 = shl i32 %6, 1
	%1896 = add i32 40, %1895
	%1897 = add i32 %1859, %1896
	%1898 = sext i32 %1897 to i64
	%1899 = getelementptr i16, i16* %out, i64 %1898
	%1900 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1851, float %1850)
	%1901 = bitcast i16* %1899 to i32*
	store i32 %1900, i32* %1901
	%1902 = shl i32 %6, 1
	%1903 = add i32 48, %1902
	%1904 = add i32 %1859, %1903
	%1905 = sext i32 %1904 to i64
	%1906 = getelementptr i16, i16* %out, i64 %1905
	%1907 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1853, float %1852)
	%1908 = bitcast i16* %1906 to i32*
	store i32 %1907, i32* %1908
	%1909 = shl i32 %6, 1
	%1910 = add i32 56, %1909
	%1911 = add i32 %1859, %1910
	%1912 = sext i32 %1911 to i64
	%1913 = getelementptr i16, i16* %out, i64 %1912
	%1914 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1855, float %1854)
	%1915 = bitcast i16* %1913 to i32*
	store i32 %1914, i32* %1915
	br label %stored1

stored1:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7}
!0 = !{void (i16*, i16*, i32*, i32, i32, i32)* @pbs_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @pbs_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @pbs_select2, !"maxntidx", i32 256}
!3 = !{void (i16*, float*, i32, i32)* @pbs_pool_q1, !"maxntidx", i32 64}
!4 = !{void (i16*, float*, i32, i32, i32*, i32)* @pbs_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @pbs_scores1, !"maxntidx", i32 256}
!6 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32)* @pbs_attn3, !"maxntidx", i32 128}
!7 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32)* @pbs_attn3, !"minctasm", i32 3}
