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
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %219, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %218, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %188
	br i1 %190, label %220, label %221

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = mul i32 %1, 64
	%202 = sdiv i32 %201, 256
	%203 = mul i32 %202, 256
	%204 = sdiv i32 %203, 64
	%205 = add i32 %202, 1
	%206 = mul i32 %205, 256
	%207 = sdiv i32 %206, 64
	%208 = icmp sge i32 %166, %204
	%209 = icmp slt i32 %166, %207
	%210 = and i1 %208, %209
	%211 = or i1 %200, %210
	%212 = bitcast float %175 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %173, i32 %214, i32 0
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	store i32 %215, i32 addrspace(3)* %216
	%217 = uitofp i1 %173 to float
	%218 = fadd float %167, %217
	%219 = add i32 %166, 256
	br label %165

220:
	store float %187, float addrspace(3)* %191
	br label %221

221:
	call void @llvm.nvvm.barrier0()
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%223 = load float, float addrspace(3)* %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%237 = load float, float addrspace(3)* %236
	%238 = fadd float %235, %237
	%239 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%240 = load float, float addrspace(3)* %239
	%241 = fadd float %238, %240
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%243 = load float, float addrspace(3)* %242
	%244 = fadd float %241, %243
	%245 = fptosi float %244 to i32
	%246 = icmp eq i32 %0, 0
	br i1 %246, label %247, label %251

247:
	%248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 0
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp eq i32 %249, 1
	br i1 %250, label %266, label %274

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%256 = load double, double addrspace(3)* %255
	%257 = fsub double 0x3FECCCCCCCCCCCCD, %256
	%258 = fmul double %257, 262144.0
	%259 = call double @llvm.ceil.f64(double %258)
	%260 = call double @llvm.maxnum.f64(double %259, double 0.0)
	%261 = call double @llvm.minnum.f64(double %260, double 1.073741824e+09)
	%262 = fptosi double %261 to i32
	%263 = add i32 %262, 1
	call void @llvm.nvvm.barrier0()
	%264 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %264
	%265 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %265
	call void @llvm.nvvm.barrier0()
	br label %331

266:
	%267 = add i32 %13, 0
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	store i32 0, i32* %269
	%270 = add i32 %13, %NK
	%271 = add i32 %270, 0
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %list, i64 %272
	store i32 1, i32* %273
	br label %274

274:
	%275 = add i32 %11, 0
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	%278 = load float, float* %277
	%279 = add i32 0, 1
	%280 = select i1 %250, i32 %279, i32 0
	%281 = fpext float %278 to double
	%282 = fadd double 0.0, %281
	%283 = select i1 %250, double %282, double 0.0
	%284 = mul i32 %1, 64
	%285 = sdiv i32 %284, 256
	%286 = mul i32 %285, 256
	%287 = sdiv i32 %286, 64
	%288 = add i32 %285, 1
	%289 = mul i32 %288, 256
	%290 = sdiv i32 %289, 64
	%291 = icmp slt i32 %156, %287
	%292 = select i1 %291, i32 %156, i32 %287
	%293 = icmp sgt i32 %292, 1
	%294 = select i1 %293, i32 %292, i32 1
	%295 = add i32 %164, 1
	%296 = icmp sgt i32 %295, %290
	%297 = select i1 %296, i32 %295, i32 %290
	%298 = icmp slt i32 %297, %NK
	%299 = select i1 %298, i32 %297, i32 %NK
	br label %300

300:
	%301 = phi i32 [ %294, %274 ], [ %330, %320 ]
	%302 = phi i32 [ %280, %274 ], [ %326, %320 ]
	%303 = phi double [ %283, %274 ], [ %329, %320 ]
	%304 = icmp slt i32 %301, %299
	br i1 %304, label %305, label %309

305:
	%306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %301
	%307 = load i32, i32 addrspace(3)* %306
	%308 = icmp eq i32 %307, 1
	br i1 %308, label %312, label %320

309:
	%310 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	store i32 %302, i32 addrspace(3)* %310
	%311 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	store double %303, double addrspace(3)* %311
	br label %251

312:
	%313 = add i32 %13, %302
	%314 = sext i32 %313 to i64
	%315 = getelementptr i32, i32* %list, i64 %314
	store i32 %301, i32* %315
	%316 = add i32 %13, %NK
	%317 = add i32 %316, %302
	%318 = sext i32 %317 to i64
	%319 = getelementptr i32, i32* %list, i64 %318
	store i32 1, i32* %319
	br label %320

320:
	%321 = add i32 %11, %301
	%322 = sext i32 %321 to i64
	%323 = getelementptr float, float* %e, i64 %322
	%324 = load float, float* %323
	%325 = add i32 %302, 1
	%326 = select i1 %308, i32 %325, i32 %302
	%327 = fpext float %324 to double
	%328 = fadd double %303, %327
	%329 = select i1 %308, double %328, double %303
	%330 = add i32 %301, 1
	br label %300

331:
	%332 = phi i32 [ %0, %251 ], [ %398, %397 ]
	%333 = icmp slt i32 %332, %16
	br i1 %333, label %334, label %350

334:
	%335 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %332
	%336 = load i32, i32 addrspace(3)* %335
	%337 = icmp uge i32 %336, 2
	%338 = and i32 %336, 0
	%339 = icmp eq i32 %338, 0
	%340 = and i1 %337, %339
	%341 = lshr i32 %336, 24
	%342 = and i32 %341, 255
	%343 = select i1 %340, i32 %342, i32 256
	%344 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %343)
	%345 = shl i32 1, %3
	%346 = sub i32 %345, 1
	%347 = and i32 %344, %346
	%348 = icmp eq i32 %347, 0
	%349 = and i1 %340, %348
	br i1 %349, label %379, label %383

350:
	call void @llvm.nvvm.barrier0()
	%351 = sub i32 255, %0
	%352 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %351
	%353 = load i32, i32 addrspace(3)* %352
	%354 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %351
	%355 = load i32, i32 addrspace(3)* %354
	%356 = and i32 %0, 31
	%357 = lshr i32 %0, 5
	%358 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %355, i32 1, i32 0)
	%359 = icmp uge i32 %356, 1
	%360 = select i1 %359, i32 %358, i32 0
	%361 = add i32 %355, %360
	%362 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %361, i32 2, i32 0)
	%363 = icmp uge i32 %356, 2
	%364 = select i1 %363, i32 %362, i32 0
	%365 = add i32 %361, %364
	%366 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %365, i32 4, i32 0)
	%367 = icmp uge i32 %356, 4
	%368 = select i1 %367, i32 %366, i32 0
	%369 = add i32 %365, %368
	%370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %369, i32 8, i32 0)
	%371 = icmp uge i32 %356, 8
	%372 = select i1 %371, i32 %370, i32 0
	%373 = add i32 %369, %372
	%374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %373, i32 16, i32 0)
	%375 = icmp uge i32 %356, 16
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %373, %376
	%378 = icmp eq i32 %356, 31
	br i1 %378, label %399, label %401

379:
	%380 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %342
	%381 = call i32 @llvm.ctpop.i32(i32 %344)
	%382 = atomicrmw add i32 addrspace(3)* %380, i32 %381 monotonic
	br label %383

383:
	%384 = sub i32 %336, 2
	%385 = bitcast i32 %384 to float
	%386 = fcmp ogt float %385, 0.0
	%387 = select i1 %386, float %385, float 0.0
	%388 = fcmp olt float %387, 1.0
	%389 = select i1 %388, float %387, float 1.0
	%390 = fmul float %389, 262144.0
	%391 = fptosi float %390 to i32
	%392 = icmp sgt i32 %391, 0
	%393 = and i1 %340, %392
	br i1 %393, label %394, label %397

394:
	%395 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %342
	%396 = atomicrmw add i32 addrspace(3)* %395, i32 %391 monotonic
	br label %397

397:
	%398 = add i32 %332, 256
	br label %331

399:
	%400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %357
	store i32 %377, i32 addrspace(3)* %400
	br label %401

401:
	call void @llvm.nvvm.barrier0()
	%402 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp sgt i32 %357, 0
	%405 = select i1 %404, i32 %403, i32 0
	%406 = add i32 0, %405
	%407 = add i32 0, %403
	%408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp sgt i32 %357, 1
	%411 = select i1 %410, i32 %409, i32 0
	%412 = add i32 %406, %411
	%413 = add i32 %407, %409
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %357, 2
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 %412, %417
	%419 = add i32 %413, %415
	%420 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%421 = load i32, i32 addrspace(3)* %420
	%422 = icmp sgt i32 %357, 3
	%423 = select i1 %422, i32 %421, i32 0
	%424 = add i32 %418, %423
	%425 = add i32 %419, %421
	%426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%427 = load i32, i32 addrspace(3)* %426
	%428 = icmp sgt i32 %357, 4
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %424, %429
	%431 = add i32 %425, %427
	%432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp sgt i32 %357, 5
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %430, %435
	%437 = add i32 %431, %433
	%438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%439 = load i32, i32 addrspace(3)* %438
	%440 = icmp sgt i32 %357, 6
	%441 = select i1 %440, i32 %439, i32 0
	%442 = add i32 %436, %441
	%443 = add i32 %437, %439
	%444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp sgt i32 %357, 7
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %442, %447
	%449 = add i32 %443, %445
	%450 = add i32 %448, %377
	%451 = sub i32 %450, %355
	%452 = and i32 %0, 31
	%453 = lshr i32 %0, 5
	%454 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %353, i32 1, i32 0)
	%455 = icmp uge i32 %452, 1
	%456 = select i1 %455, i32 %454, i32 0
	%457 = add i32 %353, %456
	%458 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %457, i32 2, i32 0)
	%459 = icmp uge i32 %452, 2
	%460 = select i1 %459, i32 %458, i32 0
	%461 = add i32 %457, %460
	%462 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %461, i32 4, i32 0)
	%463 = icmp uge i32 %452, 4
	%464 = select i1 %463, i32 %462, i32 0
	%465 = add i32 %461, %464
	%466 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %465, i32 8, i32 0)
	%467 = icmp uge i32 %452, 8
	%468 = select i1 %467, i32 %466, i32 0
	%469 = add i32 %465, %468
	%470 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %469, i32 16, i32 0)
	%471 = icmp uge i32 %452, 16
	%472 = select i1 %471, i32 %470, i32 0
	%473 = add i32 %469, %472
	%474 = icmp eq i32 %452, 31
	br i1 %474, label %475, label %477

475:
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %453
	store i32 %473, i32 addrspace(3)* %476
	br label %477

477:
	call void @llvm.nvvm.barrier0()
	%478 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%479 = load i32, i32 addrspace(3)* %478
	%480 = icmp sgt i32 %453, 0
	%481 = select i1 %480, i32 %479, i32 0
	%482 = add i32 0, %481
	%483 = add i32 0, %479
	%484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%485 = load i32, i32 addrspace(3)* %484
	%486 = icmp sgt i32 %453, 1
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = add i32 %483, %485
	%490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%491 = load i32, i32 addrspace(3)* %490
	%492 = icmp sgt i32 %453, 2
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = add i32 %489, %491
	%496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%497 = load i32, i32 addrspace(3)* %496
	%498 = icmp sgt i32 %453, 3
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %494, %499
	%501 = add i32 %495, %497
	%502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%503 = load i32, i32 addrspace(3)* %502
	%504 = icmp sgt i32 %453, 4
	%505 = select i1 %504, i32 %503, i32 0
	%506 = add i32 %500, %505
	%507 = add i32 %501, %503
	%508 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%509 = load i32, i32 addrspace(3)* %508
	%510 = icmp sgt i32 %453, 5
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %506, %511
	%513 = add i32 %507, %509
	%514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%515 = load i32, i32 addrspace(3)* %514
	%516 = icmp sgt i32 %453, 6
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %512, %517
	%519 = add i32 %513, %515
	%520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%521 = load i32, i32 addrspace(3)* %520
	%522 = icmp sgt i32 %453, 7
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %518, %523
	%525 = add i32 %519, %521
	%526 = add i32 %524, %473
	%527 = sub i32 %526, %353
	%528 = icmp slt i32 %451, %263
	%529 = add i32 %451, %355
	%530 = icmp sle i32 %263, %529
	%531 = and i1 %528, %530
	%532 = icmp slt i32 %449, %263
	%533 = icmp eq i32 %0, 0
	%534 = and i1 %532, %533
	%535 = or i1 %531, %534
	br i1 %535, label %536, label %542

536:
	%537 = select i1 %532, i32 0, i32 %351
	%538 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	store i32 %537, i32 addrspace(3)* %538
	%539 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	store i32 %451, i32 addrspace(3)* %539
	%540 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	store i32 %527, i32 addrspace(3)* %540
	%541 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	store i32 %353, i32 addrspace(3)* %541
	br label %542

542:
	call void @llvm.nvvm.barrier0()
	%543 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	%544 = load i32, i32 addrspace(3)* %543
	%545 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	%546 = load i32, i32 addrspace(3)* %545
	%547 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	%548 = load i32, i32 addrspace(3)* %547
	%549 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	%550 = load i32, i32 addrspace(3)* %549
	%551 = shl i32 %544, 24
	%552 = or i32 0, %551
	%553 = sub i32 %263, %546
	%554 = add i32 0, %548
	%555 = or i1 false, %532
	%556 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%557 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %557
	%558 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %558
	call void @llvm.nvvm.barrier0()
	br label %559

559:
	%560 = phi i32 [ %0, %542 ], [ %626, %625 ]
	%561 = icmp slt i32 %560, %16
	br i1 %561, label %562, label %578

562:
	%563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %560
	%564 = load i32, i32 addrspace(3)* %563
	%565 = icmp uge i32 %564, 2
	%566 = and i32 %564, %556
	%567 = icmp eq i32 %566, %552
	%568 = and i1 %565, %567
	%569 = lshr i32 %564, 16
	%570 = and i32 %569, 255
	%571 = select i1 %568, i32 %570, i32 256
	%572 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %571)
	%573 = shl i32 1, %3
	%574 = sub i32 %573, 1
	%575 = and i32 %572, %574
	%576 = icmp eq i32 %575, 0
	%577 = and i1 %568, %576
	br i1 %577, label %607, label %611

578:
	call void @llvm.nvvm.barrier0()
	%579 = sub i32 255, %0
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %579
	%581 = load i32, i32 addrspace(3)* %580
	%582 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %579
	%583 = load i32, i32 addrspace(3)* %582
	%584 = and i32 %0, 31
	%585 = lshr i32 %0, 5
	%586 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %583, i32 1, i32 0)
	%587 = icmp uge i32 %584, 1
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %589, i32 2, i32 0)
	%591 = icmp uge i32 %584, 2
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %589, %592
	%594 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %593, i32 4, i32 0)
	%595 = icmp uge i32 %584, 4
	%596 = select i1 %595, i32 %594, i32 0
	%597 = add i32 %593, %596
	%598 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %597, i32 8, i32 0)
	%599 = icmp uge i32 %584, 8
	%600 = select i1 %599, i32 %598, i32 0
	%601 = add i32 %597, %600
	%602 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %601, i32 16, i32 0)
	%603 = icmp uge i32 %584, 16
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %601, %604
	%606 = icmp eq i32 %584, 31
	br i1 %606, label %627, label %629

607:
	%608 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %570
	%609 = call i32 @llvm.ctpop.i32(i32 %572)
	%610 = atomicrmw add i32 addrspace(3)* %608, i32 %609 monotonic
	br label %611

611:
	%612 = sub i32 %564, 2
	%613 = bitcast i32 %612 to float
	%614 = fcmp ogt float %613, 0.0
	%615 = select i1 %614, float %613, float 0.0
	%616 = fcmp olt float %615, 1.0
	%617 = select i1 %616, float %615, float 1.0
	%618 = fmul float %617, 262144.0
	%619 = fptosi float %618 to i32
	%620 = icmp sgt i32 %619, 0
	%621 = and i1 %568, %620
	br i1 %621, label %622, label %625

622:
	%623 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_histm, i32 0, i32 %570
	%624 = atomicrmw add i32 addrspace(3)* %623, i32 %619 monotonic
	br label %625

625:
	%626 = add i32 %560, 256
	br label %559

627:
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %585
	store i32 %605, i32 addrspace(3)* %628
	br label %629

629:
	call void @llvm.nvvm.barrier0()
	%630 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%631 = load i32, i32 addrspace(3)* %630
	%632 = icmp sgt i32 %585, 0
	%633 = select i1 %632, i32 %631, i32 0
	%634 = add i32 0, %633
	%635 = add i32 0, %631
	%636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%637 = load i32, i32 addrspace(3)* %636
	%638 = icmp sgt i32 %585, 1
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %634, %639
	%641 = add i32 %635, %637
	%642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%643 = load i32, i32 addrspace(3)* %642
	%644 = icmp sgt i32 %585, 2
	%645 = select i1 %644, i32 %643, i32 0
	%646 = add i32 %640, %645
	%647 = add i32 %641, %643
	%648 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%649 = load i32, i32 addrspace(3)* %648
	%650 = icmp sgt i32 %585, 3
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %646, %651
	%653 = add i32 %647, %649
	%654 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%655 = load i32, i32 addrspace(3)* %654
	%656 = icmp sgt i32 %585, 4
	%657 = select i1 %656, i32 %655, i32 0
	%658 = add i32 %652, %657
	%659 = add i32 %653, %655
	%660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%661 = load i32, i32 addrspace(3)* %660
	%662 = icmp sgt i32 %585, 5
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %658, %663
	%665 = add i32 %659, %661
	%666 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%667 = load i32, i32 addrspace(3)* %666
	%668 = icmp sgt i32 %585, 6
	%669 = select i1 %668, i32 %667, i32 0
	%670 = add i32 %664, %669
	%671 = add i32 %665, %667
	%672 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%673 = load i32, i32 addrspace(3)* %672
	%674 = icmp sgt i32 %585, 7
	%675 = select i1 %674, i32 %673, i32 0
	%676 = add i32 %670, %675
	%677 = add i32 %671, %673
	%678 = add i32 %676, %605
	%679 = sub i32 %678, %583
	%680 = and i32 %0, 31
	%681 = lshr i32 %0, 5
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %581, i32 1, i32 0)
	%683 = icmp uge i32 %680, 1
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %581, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 2, i32 0)
	%687 = icmp uge i32 %680, 2
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %689, i32 4, i32 0)
	%691 = icmp uge i32 %680, 4
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %689, %692
	%694 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %693, i32 8, i32 0)
	%695 = icmp uge i32 %680, 8
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %693, %696
	%698 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %697, i32 16, i32 0)
	%699 = icmp uge i32 %680, 16
	%700 = select i1 %699, i32 %698, i32 0
	%701 = add i32 %697, %700
	%702 = icmp eq i32 %680, 31
	br i1 %702, label %703, label %705

703:
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %681
	store i32 %701, i32 addrspace(3)* %704
	br label %705

705:
	call void @llvm.nvvm.barrier0()
	%706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%707 = load i32, i32 addrspace(3)* %706
	%708 = icmp sgt i32 %681, 0
	%709 = select i1 %708, i32 %707, i32 0
	%710 = add i32 0, %709
	%711 = add i32 0, %707
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%713 = load i32, i32 addrspace(3)* %712
	%714 = icmp sgt i32 %681, 1
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %710, %715
	%717 = add i32 %711, %713
	%718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%719 = load i32, i32 addrspace(3)* %718
	%720 = icmp sgt i32 %681, 2
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %716, %721
	%723 = add i32 %717, %719
	%724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%725 = load i32, i32 addrspace(3)* %724
	%726 = icmp sgt i32 %681, 3
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %722, %727
	%729 = add i32 %723, %725
	%730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%731 = load i32, i32 addrspace(3)* %730
	%732 = icmp sgt i32 %681, 4
	%733 = select i1 %732, i32 %731, i32 0
	%734 = add i32 %728, %733
	%735 = add i32 %729, %731
	%736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp sgt i32 %681, 5
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %734, %739
	%741 = add i32 %735, %737
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %681, 6
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %740, %745
	%747 = add i32 %741, %743
	%748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%749 = load i32, i32 addrspace(3)* %748
	%750 = icmp sgt i32 %681, 7
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %746, %751
	%753 = add i32 %747, %749
	%754 = add i32 %752, %701
	%755 = sub i32 %754, %581
	%756 = icmp slt i32 %679, %553
	%757 = add i32 %679, %583
	%758 = icmp sle i32 %553, %757
	%759 = and i1 %756, %758
	%760 = icmp slt i32 %677, %553
	%761 = icmp eq i32 %0, 0
	%762 = and i1 %760, %761
	%763 = or i1 %759, %762
	br i1 %763, label %764, label %770

764:
	%765 = select i1 %760, i32 0, i32 %579
	%766 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	store i32 %765, i32 addrspace(3)* %766
	%767 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	store i32 %679, i32 addrspace(3)* %767
	%768 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	store i32 %755, i32 addrspace(3)* %768
	%769 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	store i32 %581, i32 addrspace(3)* %769
	br label %770

770:
	call void @llvm.nvvm.barrier0()
	%771 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 0
	%772 = load i32, i32 addrspace(3)* %771
	%773 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 1
	%774 = load i32, i32 addrspace(3)* %773
	%775 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 2
	%776 = load i32, i32 addrspace(3)* %775
	%777 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_bins, i32 0, i32 3
	%778 = load i32, i32 addrspace(3)* %777
	%779 = shl i32 %772, 16
	%780 = or i32 %552, %779
	%781 = sub i32 %553, %774
	%782 = add i32 %554, %776
	%783 = or i1 %555, %760
	%784 = or i32 %556, u0xFF0000
	%785 = add i32 %782, %778
	%786 = select i1 %783, i32 %254, i32 %785
	%787 = select i1 %783, i32 2, i32 %780
	%788 = icmp sge i32 %786, 0
	%789 = sub i32 %787, 1
	%790 = icmp slt i32 0, %254
	%791 = select i1 %790, i32 0, i32 %254
	%792 = select i1 %788, i32 %786, i32 %791
	br label %mass

mass:
	%793 = phi i32 [ %792, %770 ], [ %1759, %1747 ]
	%794 = phi i1 [ true, %770 ], [ false, %1747 ]
	%795 = and i1 %794, %788
	br i1 %795, label %mass_bins, label %mass_topk

mass_done:
	%796 = icmp sgt i32 %1749, 0
	%797 = select i1 %796, i32 %1749, i32 0
	%798 = add i32 %253, %797
	%799 = add i32 %798, %0
	br label %2232

mass_bins:
	%800 = shl i32 1, %3
	%801 = sub i32 %800, 1
	br label %810

mass_topk:
	%802 = icmp sgt i32 %793, 0
	br i1 %802, label %topk, label %topk_done

mass_taken:
	%803 = sub i32 %793, 1
	%804 = call i32 @llvm.ctlz.i32(i32 %803, i1 false)
	%805 = icmp sgt i32 %793, 1
	%806 = sub i32 32, %804
	%807 = select i1 %805, i32 %806, i32 0
	%808 = shl i32 1, %807
	%809 = add i32 %793, %0
	br label %1661

810:
	%811 = phi i32 [ 0, %mass_bins ], [ %859, %858 ]
	%812 = icmp slt i32 %811, %16
	br i1 %812, label %813, label %821

813:
	%814 = add i32 %811, %0
	%815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %814
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp ugt i32 %816, %789
	%818 = icmp eq i32 %816, %789
	%819 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %817)
	%820 = icmp eq i32 %3, 0
	br i1 %820, label %852, label %858

821:
	call void @llvm.nvvm.barrier0()
	%822 = sdiv i32 %16, 256
	%823 = mul i32 %822, 8
	%824 = icmp slt i32 %0, %823
	%825 = select i1 %824, i32 %0, i32 0
	%826 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %825
	%827 = load i32, i32 addrspace(3)* %826
	%828 = select i1 %824, i32 %827, i32 0
	%829 = and i32 %0, 31
	%830 = lshr i32 %0, 5
	%831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %828, i32 1, i32 0)
	%832 = icmp uge i32 %829, 1
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %828, %833
	%835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %834, i32 2, i32 0)
	%836 = icmp uge i32 %829, 2
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %834, %837
	%839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %838, i32 4, i32 0)
	%840 = icmp uge i32 %829, 4
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %838, %841
	%843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %842, i32 8, i32 0)
	%844 = icmp uge i32 %829, 8
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %842, %845
	%847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %846, i32 16, i32 0)
	%848 = icmp uge i32 %829, 16
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %846, %849
	%851 = icmp eq i32 %829, 31
	br i1 %851, label %860, label %862

852:
	%853 = sdiv i32 %811, 256
	%854 = mul i32 %853, 8
	%855 = add i32 %854, %4
	%856 = call i32 @llvm.ctpop.i32(i32 %819)
	%857 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %855
	store i32 %856, i32 addrspace(3)* %857
	br label %858

858:
	%859 = add i32 %811, 256
	br label %810

860:
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %830
	store i32 %850, i32 addrspace(3)* %861
	br label %862

862:
	call void @llvm.nvvm.barrier0()
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %830, 0
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 0, %866
	%868 = add i32 0, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %830, 1
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %830, 2
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %830, 3
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%888 = load i32, i32 addrspace(3)* %887
	%889 = icmp sgt i32 %830, 4
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %885, %890
	%892 = add i32 %886, %888
	%893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp sgt i32 %830, 5
	%896 = select i1 %895, i32 %894, i32 0
	%897 = add i32 %891, %896
	%898 = add i32 %892, %894
	%899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%900 = load i32, i32 addrspace(3)* %899
	%901 = icmp sgt i32 %830, 6
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %897, %902
	%904 = add i32 %898, %900
	%905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp sgt i32 %830, 7
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %903, %908
	%910 = add i32 %904, %906
	%911 = add i32 %909, %850
	%912 = sub i32 %911, %828
	br i1 %824, label %913, label %915

913:
	%914 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %0
	store i32 %912, i32 addrspace(3)* %914
	br label %915

915:
	call void @llvm.nvvm.barrier0()
	br label %916

916:
	%917 = phi i32 [ 0, %915 ], [ %940, %939 ]
	%918 = icmp slt i32 %917, %16
	br i1 %918, label %919, label %935

919:
	%920 = add i32 %917, %0
	%921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %920
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp ugt i32 %922, %789
	%924 = icmp eq i32 %922, %789
	%925 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %923)
	%926 = sdiv i32 %917, 256
	%927 = mul i32 %926, 8
	%928 = add i32 %927, %4
	%929 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %923)
	%930 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %928
	%931 = load i32, i32 addrspace(3)* %930
	%932 = and i32 %929, %801
	%933 = call i32 @llvm.ctpop.i32(i32 %932)
	%934 = add i32 %931, %933
	br i1 %923, label %936, label %939

935:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

936:
	%937 = add i32 %917, %0
	%938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %934
	store i32 %937, i32 addrspace(3)* %938
	br label %939

939:
	%940 = add i32 %917, 256
	br label %916

topk:
	call void @llvm.nvvm.barrier0()
	%941 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %941
	call void @llvm.nvvm.barrier0()
	br label %942

topk_done:
	br label %mass_taken

942:
	%943 = phi i32 [ %0, %topk ], [ %994, %993 ]
	%944 = icmp slt i32 %943, %16
	br i1 %944, label %945, label %961

945:
	%946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %943
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp uge i32 %947, 2
	%949 = and i32 %947, 0
	%950 = icmp eq i32 %949, 0
	%951 = and i1 %948, %950
	%952 = lshr i32 %947, 24
	%953 = and i32 %952, 255
	%954 = select i1 %951, i32 %953, i32 256
	%955 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %954)
	%956 = shl i32 1, %3
	%957 = sub i32 %956, 1
	%958 = and i32 %955, %957
	%959 = icmp eq i32 %958, 0
	%960 = and i1 %951, %959
	br i1 %960, label %989, label %993

961:
	call void @llvm.nvvm.barrier0()
	%962 = sub i32 255, %0
	%963 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %962
	%964 = load i32, i32 addrspace(3)* %963
	%965 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %965
	%966 = and i32 %0, 31
	%967 = lshr i32 %0, 5
	%968 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %964, i32 1, i32 0)
	%969 = icmp uge i32 %966, 1
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %964, %970
	%972 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %971, i32 2, i32 0)
	%973 = icmp uge i32 %966, 2
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %971, %974
	%976 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %975, i32 4, i32 0)
	%977 = icmp uge i32 %966, 4
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %975, %978
	%980 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %979, i32 8, i32 0)
	%981 = icmp uge i32 %966, 8
	%982 = select i1 %981, i32 %980, i32 0
	%983 = add i32 %979, %982
	%984 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %983, i32 16, i32 0)
	%985 = icmp uge i32 %966, 16
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %983, %986
	%988 = icmp eq i32 %966, 31
	br i1 %988, label %995, label %997

989:
	%990 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %953
	%991 = call i32 @llvm.ctpop.i32(i32 %955)
	%992 = atomicrmw add i32 addrspace(3)* %990, i32 %991 monotonic
	br label %993

993:
	%994 = add i32 %943, 256
	br label %942

995:
	%996 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %967
	store i32 %987, i32 addrspace(3)* %996
	br label %997

997:
	call void @llvm.nvvm.barrier0()
	%998 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%999 = load i32, i32 addrspace(3)* %998
	%1000 = icmp sgt i32 %967, 0
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 0, %1001
	%1003 = add i32 0, %999
	%1004 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1005 = load i32, i32 addrspace(3)* %1004
	%1006 = icmp sgt i32 %967, 1
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = add i32 %1003, %1005
	%1010 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1011 = load i32, i32 addrspace(3)* %1010
	%1012 = icmp sgt i32 %967, 2
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1008, %1013
	%1015 = add i32 %1009, %1011
	%1016 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1017 = load i32, i32 addrspace(3)* %1016
	%1018 = icmp sgt i32 %967, 3
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1014, %1019
	%1021 = add i32 %1015, %1017
	%1022 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = icmp sgt i32 %967, 4
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = add i32 %1020, %1025
	%1027 = add i32 %1021, %1023
	%1028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1029 = load i32, i32 addrspace(3)* %1028
	%1030 = icmp sgt i32 %967, 5
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = add i32 %1026, %1031
	%1033 = add i32 %1027, %1029
	%1034 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1035 = load i32, i32 addrspace(3)* %1034
	%1036 = icmp sgt i32 %967, 6
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = add i32 %1032, %1037
	%1039 = add i32 %1033, %1035
	%1040 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1041 = load i32, i32 addrspace(3)* %1040
	%1042 = icmp sgt i32 %967, 7
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = add i32 %1038, %1043
	%1045 = add i32 %1039, %1041
	%1046 = add i32 %1044, %987
	%1047 = sub i32 %1046, %964
	%1048 = icmp slt i32 %1047, %793
	%1049 = add i32 %1047, %964
	%1050 = icmp sle i32 %793, %1049
	%1051 = and i1 %1048, %1050
	br i1 %1051, label %1052, label %1055

1052:
	%1053 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %962, i32 addrspace(3)* %1053
	%1054 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1047, i32 addrspace(3)* %1054
	br label %1055

1055:
	call void @llvm.nvvm.barrier0()
	%1056 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1057 = load i32, i32 addrspace(3)* %1056
	%1058 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1059 = load i32, i32 addrspace(3)* %1058
	%1060 = shl i32 %1057, 24
	%1061 = or i32 0, %1060
	%1062 = or i32 0, u0xFF000000
	%1063 = sub i32 %793, %1059
	br label %1064

1064:
	%1065 = phi i32 [ %0, %1055 ], [ %1116, %1115 ]
	%1066 = icmp slt i32 %1065, %16
	br i1 %1066, label %1067, label %1083

1067:
	%1068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1065
	%1069 = load i32, i32 addrspace(3)* %1068
	%1070 = icmp uge i32 %1069, 2
	%1071 = and i32 %1069, %1062
	%1072 = icmp eq i32 %1071, %1061
	%1073 = and i1 %1070, %1072
	%1074 = lshr i32 %1069, 16
	%1075 = and i32 %1074, 255
	%1076 = select i1 %1073, i32 %1075, i32 256
	%1077 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1076)
	%1078 = shl i32 1, %3
	%1079 = sub i32 %1078, 1
	%1080 = and i32 %1077, %1079
	%1081 = icmp eq i32 %1080, 0
	%1082 = and i1 %1073, %1081
	br i1 %1082, label %1111, label %1115

1083:
	call void @llvm.nvvm.barrier0()
	%1084 = sub i32 255, %0
	%1085 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1084
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1087
	%1088 = and i32 %0, 31
	%1089 = lshr i32 %0, 5
	%1090 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1086, i32 1, i32 0)
	%1091 = icmp uge i32 %1088, 1
	%1092 = select i1 %1091, i32 %1090, i32 0
	%1093 = add i32 %1086, %1092
	%1094 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1093, i32 2, i32 0)
	%1095 = icmp uge i32 %1088, 2
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = add i32 %1093, %1096
	%1098 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1097, i32 4, i32 0)
	%1099 = icmp uge i32 %1088, 4
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = add i32 %1097, %1100
	%1102 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1101, i32 8, i32 0)
	%1103 = icmp uge i32 %1088, 8
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = add i32 %1101, %1104
	%1106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1105, i32 16, i32 0)
	%1107 = icmp uge i32 %1088, 16
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1105, %1108
	%1110 = icmp eq i32 %1088, 31
	br i1 %1110, label %1117, label %1119

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1075
	%1113 = call i32 @llvm.ctpop.i32(i32 %1077)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = add i32 %1065, 256
	br label %1064

1117:
	%1118 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1089
	store i32 %1109, i32 addrspace(3)* %1118
	br label %1119

1119:
	call void @llvm.nvvm.barrier0()
	%1120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = icmp sgt i32 %1089, 0
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = add i32 0, %1123
	%1125 = add i32 0, %1121
	%1126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1127 = load i32, i32 addrspace(3)* %1126
	%1128 = icmp sgt i32 %1089, 1
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1124, %1129
	%1131 = add i32 %1125, %1127
	%1132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = icmp sgt i32 %1089, 2
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = add i32 %1130, %1135
	%1137 = add i32 %1131, %1133
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1089, 3
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 %1136, %1141
	%1143 = add i32 %1137, %1139
	%1144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1145 = load i32, i32 addrspace(3)* %1144
	%1146 = icmp sgt i32 %1089, 4
	%1147 = select i1 %1146, i32 %1145, i32 0
	%1148 = add i32 %1142, %1147
	%1149 = add i32 %1143, %1145
	%1150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = icmp sgt i32 %1089, 5
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = add i32 %1148, %1153
	%1155 = add i32 %1149, %1151
	%1156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1157 = load i32, i32 addrspace(3)* %1156
	%1158 = icmp sgt i32 %1089, 6
	%1159 = select i1 %1158, i32 %1157, i32 0
	%1160 = add i32 %1154, %1159
	%1161 = add i32 %1155, %1157
	%1162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1163 = load i32, i32 addrspace(3)* %1162
	%1164 = icmp sgt i32 %1089, 7
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1160, %1165
	%1167 = add i32 %1161, %1163
	%1168 = add i32 %1166, %1109
	%1169 = sub i32 %1168, %1086
	%1170 = icmp slt i32 %1169, %1063
	%1171 = add i32 %1169, %1086
	%1172 = icmp sle i32 %1063, %1171
	%1173 = and i1 %1170, %1172
	br i1 %1173, label %1174, label %1177

1174:
	%1175 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1084, i32 addrspace(3)* %1175
	%1176 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1169, i32 addrspace(3)* %1176
	br label %1177

1177:
	call void @llvm.nvvm.barrier0()
	%1178 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = shl i32 %1179, 16
	%1183 = or i32 %1061, %1182
	%1184 = or i32 %1062, u0xFF0000
	%1185 = sub i32 %1063, %1181
	br label %1186

1186:
	%1187 = phi i32 [ %0, %1177 ], [ %1238, %1237 ]
	%1188 = icmp slt i32 %1187, %16
	br i1 %1188, label %1189, label %1205

1189:
	%1190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1187
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = icmp uge i32 %1191, 2
	%1193 = and i32 %1191, %1184
	%1194 = icmp eq i32 %1193, %1183
	%1195 = and i1 %1192, %1194
	%1196 = lshr i32 %1191, 8
	%1197 = and i32 %1196, 255
	%1198 = select i1 %1195, i32 %1197, i32 256
	%1199 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1198)
	%1200 = shl i32 1, %3
	%1201 = sub i32 %1200, 1
	%1202 = and i32 %1199, %1201
	%1203 = icmp eq i32 %1202, 0
	%1204 = and i1 %1195, %1203
	br i1 %1204, label %1233, label %1237

1205:
	call void @llvm.nvvm.barrier0()
	%1206 = sub i32 255, %0
	%1207 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1209
	%1210 = and i32 %0, 31
	%1211 = lshr i32 %0, 5
	%1212 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1208, i32 1, i32 0)
	%1213 = icmp uge i32 %1210, 1
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = add i32 %1208, %1214
	%1216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1215, i32 2, i32 0)
	%1217 = icmp uge i32 %1210, 2
	%1218 = select i1 %1217, i32 %1216, i32 0
	%1219 = add i32 %1215, %1218
	%1220 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1219, i32 4, i32 0)
	%1221 = icmp uge i32 %1210, 4
	%1222 = select i1 %1221, i32 %1220, i32 0
	%1223 = add i32 %1219, %1222
	%1224 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1223, i32 8, i32 0)
	%1225 = icmp uge i32 %1210, 8
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = add i32 %1223, %1226
	%1228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1227, i32 16, i32 0)
	%1229 = icmp uge i32 %1210, 16
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = add i32 %1227, %1230
	%1232 = icmp eq i32 %1210, 31
	br i1 %1232, label %1239, label %1241

1233:
	%1234 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %1197
	%1235 = call i32 @llvm.ctpop.i32(i32 %1199)
	%1236 = atomicrmw add i32 addrspace(3)* %1234, i32 %1235 monotonic
	br label %1237

1237:
	%1238 = add i32 %1187, 256
	br label %1186

1239:
	%1240 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1211
	store i32 %1231, i32 addrspace(3)* %1240
	br label %1241

1241:
	call void @llvm.nvvm.barrier0()
	%1242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = icmp sgt i32 %1211, 0
	%1245 = select i1 %1244, i32 %1243, i32 0
	%1246 = add i32 0, %1245
	%1247 = add i32 0, %1243
	%1248 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = icmp sgt i32 %1211, 1
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = add i32 %1246, %1251
	%1253 = add i32 %1247, %1249
	%1254 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = icmp sgt i32 %1211, 2
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = add i32 %1252, %1257
	%1259 = add i32 %1253, %1255
	%1260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = icmp sgt i32 %1211, 3
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 %1258, %1263
	%1265 = add i32 %1259, %1261
	%1266 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = icmp sgt i32 %1211, 4
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = add i32 %1264, %1269
	%1271 = add i32 %1265, %1267
	%1272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp sgt i32 %1211, 5
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1270, %1275
	%1277 = add i32 %1271, %1273
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = icmp sgt i32 %1211, 6
	%1281 = select i1 %1280, i32 %1279, i32 0
	%1282 = add i32 %1276, %1281
	%1283 = add i32 %1277, %1279
	%1284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp sgt i32 %1211, 7
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = add i32 %1283, %1285
	%1290 = add i32 %1288, %1231
	%1291 = sub i32 %1290, %1208
	%1292 = icmp slt i32 %1291, %1185
	%1293 = add i32 %1291, %1208
	%1294 = icmp sle i32 %1185, %1293
	%1295 = and i1 %1292, %1294
	br i1 %1295, label %1296, label %1299

1296:
	%1297 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1206, i32 addrspace(3)* %1297
	%1298 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1291, i32 addrspace(3)* %1298
	br label %1299

1299:
	call void @llvm.nvvm.barrier0()
	%1300 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = shl i32 %1301, 8
	%1305 = or i32 %1183, %1304
	%1306 = or i32 %1184, u0xFF00
	%1307 = sub i32 %1185, %1303
	br label %1308

1308:
	%1309 = phi i32 [ %0, %1299 ], [ %1360, %1359 ]
	%1310 = icmp slt i32 %1309, %16
	br i1 %1310, label %1311, label %1327

1311:
	%1312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1309
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp uge i32 %1313, 2
	%1315 = and i32 %1313, %1306
	%1316 = icmp eq i32 %1315, %1305
	%1317 = and i1 %1314, %1316
	%1318 = lshr i32 %1313, 0
	%1319 = and i32 %1318, 255
	%1320 = select i1 %1317, i32 %1319, i32 256
	%1321 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1320)
	%1322 = shl i32 1, %3
	%1323 = sub i32 %1322, 1
	%1324 = and i32 %1321, %1323
	%1325 = icmp eq i32 %1324, 0
	%1326 = and i1 %1317, %1325
	br i1 %1326, label %1355, label %1359

1327:
	call void @llvm.nvvm.barrier0()
	%1328 = sub i32 255, %0
	%1329 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1328
	%1330 = load i32, i32 addrspace(3)* %1329
	%1331 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1331
	%1332 = and i32 %0, 31
	%1333 = lshr i32 %0, 5
	%1334 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1330, i32 1, i32 0)
	%1335 = icmp uge i32 %1332, 1
	%1336 = select i1 %1335, i32 %1334, i32 0
	%1337 = add i32 %1330, %1336
	%1338 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1337, i32 2, i32 0)
	%1339 = icmp uge i32 %1332, 2
	%1340 = select i1 %1339, i32 %1338, i32 0
	%1341 = add i32 %1337, %1340
	%1342 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1341, i32 4, i32 0)
	%1343 = icmp uge i32 %1332, 4
	%1344 = select i1 %1343, i32 %1342, i32 0
	%1345 = add i32 %1341, %1344
	%1346 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1345, i32 8, i32 0)
	%1347 = icmp uge i32 %1332, 8
	%1348 = select i1 %1347, i32 %1346, i32 0
	%1349 = add i32 %1345, %1348
	%1350 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1349, i32 16, i32 0)
	%1351 = icmp uge i32 %1332, 16
	%1352 = select i1 %1351, i32 %1350, i32 0
	%1353 = add i32 %1349, %1352
	%1354 = icmp eq i32 %1332, 31
	br i1 %1354, label %1361, label %1363

1355:
	%1356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist2, i32 0, i32 %1319
	%1357 = call i32 @llvm.ctpop.i32(i32 %1321)
	%1358 = atomicrmw add i32 addrspace(3)* %1356, i32 %1357 monotonic
	br label %1359

1359:
	%1360 = add i32 %1309, 256
	br label %1308

1361:
	%1362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1333
	store i32 %1353, i32 addrspace(3)* %1362
	br label %1363

1363:
	call void @llvm.nvvm.barrier0()
	%1364 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = icmp sgt i32 %1333, 0
	%1367 = select i1 %1366, i32 %1365, i32 0
	%1368 = add i32 0, %1367
	%1369 = add i32 0, %1365
	%1370 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1371 = load i32, i32 addrspace(3)* %1370
	%1372 = icmp sgt i32 %1333, 1
	%1373 = select i1 %1372, i32 %1371, i32 0
	%1374 = add i32 %1368, %1373
	%1375 = add i32 %1369, %1371
	%1376 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = icmp sgt i32 %1333, 2
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = add i32 %1374, %1379
	%1381 = add i32 %1375, %1377
	%1382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = icmp sgt i32 %1333, 3
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 %1380, %1385
	%1387 = add i32 %1381, %1383
	%1388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = icmp sgt i32 %1333, 4
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1386, %1391
	%1393 = add i32 %1387, %1389
	%1394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp sgt i32 %1333, 5
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1392, %1397
	%1399 = add i32 %1393, %1395
	%1400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1401 = load i32, i32 addrspace(3)* %1400
	%1402 = icmp sgt i32 %1333, 6
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = add i32 %1398, %1403
	%1405 = add i32 %1399, %1401
	%1406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1407 = load i32, i32 addrspace(3)* %1406
	%1408 = icmp sgt i32 %1333, 7
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = add i32 %1404, %1409
	%1411 = add i32 %1405, %1407
	%1412 = add i32 %1410, %1353
	%1413 = sub i32 %1412, %1330
	%1414 = icmp slt i32 %1413, %1307
	%1415 = add i32 %1413, %1330
	%1416 = icmp sle i32 %1307, %1415
	%1417 = and i1 %1414, %1416
	br i1 %1417, label %1418, label %1421

1418:
	%1419 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %1328, i32 addrspace(3)* %1419
	%1420 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %1413, i32 addrspace(3)* %1420
	br label %1421

1421:
	call void @llvm.nvvm.barrier0()
	%1422 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = shl i32 %1423, 0
	%1427 = or i32 %1305, %1426
	%1428 = or i32 %1306, 255
	%1429 = sub i32 %1307, %1425
	%1430 = shl i32 1, %3
	%1431 = sub i32 %1430, 1
	br label %1432

1432:
	%1433 = phi i32 [ 0, %1421 ], [ %1487, %1486 ]
	%1434 = icmp slt i32 %1433, %16
	br i1 %1434, label %1435, label %1444

1435:
	%1436 = add i32 %1433, %0
	%1437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1436
	%1438 = load i32, i32 addrspace(3)* %1437
	%1439 = icmp ugt i32 %1438, %1427
	%1440 = icmp eq i32 %1438, %1427
	%1441 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1439)
	%1442 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1440)
	%1443 = icmp eq i32 %3, 0
	br i1 %1443, label %1478, label %1486

1444:
	call void @llvm.nvvm.barrier0()
	%1445 = sdiv i32 %16, 256
	%1446 = mul i32 %1445, 8
	%1447 = icmp slt i32 %0, %1446
	%1448 = select i1 %1447, i32 %0, i32 0
	%1449 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1448
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = select i1 %1447, i32 %1450, i32 0
	%1452 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1448
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = select i1 %1447, i32 %1453, i32 0
	%1455 = and i32 %0, 31
	%1456 = lshr i32 %0, 5
	%1457 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1454, i32 1, i32 0)
	%1458 = icmp uge i32 %1455, 1
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1460, i32 2, i32 0)
	%1462 = icmp uge i32 %1455, 2
	%1463 = select i1 %1462, i32 %1461, i32 0
	%1464 = add i32 %1460, %1463
	%1465 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1464, i32 4, i32 0)
	%1466 = icmp uge i32 %1455, 4
	%1467 = select i1 %1466, i32 %1465, i32 0
	%1468 = add i32 %1464, %1467
	%1469 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1468, i32 8, i32 0)
	%1470 = icmp uge i32 %1455, 8
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1468, %1471
	%1473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1472, i32 16, i32 0)
	%1474 = icmp uge i32 %1455, 16
	%1475 = select i1 %1474, i32 %1473, i32 0
	%1476 = add i32 %1472, %1475
	%1477 = icmp eq i32 %1455, 31
	br i1 %1477, label %1488, label %1490

1478:
	%1479 = sdiv i32 %1433, 256
	%1480 = mul i32 %1479, 8
	%1481 = add i32 %1480, %4
	%1482 = call i32 @llvm.ctpop.i32(i32 %1441)
	%1483 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1481
	store i32 %1482, i32 addrspace(3)* %1483
	%1484 = call i32 @llvm.ctpop.i32(i32 %1442)
	%1485 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1481
	store i32 %1484, i32 addrspace(3)* %1485
	br label %1486

1486:
	%1487 = add i32 %1433, 256
	br label %1432

1488:
	%1489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %1456
	store i32 %1476, i32 addrspace(3)* %1489
	br label %1490

1490:
	call void @llvm.nvvm.barrier0()
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1456, 0
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 0, %1494
	%1496 = add i32 0, %1492
	%1497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = icmp sgt i32 %1456, 1
	%1500 = select i1 %1499, i32 %1498, i32 0
	%1501 = add i32 %1495, %1500
	%1502 = add i32 %1496, %1498
	%1503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp sgt i32 %1456, 2
	%1506 = select i1 %1505, i32 %1504, i32 0
	%1507 = add i32 %1501, %1506
	%1508 = add i32 %1502, %1504
	%1509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%1510 = load i32, i32 addrspace(3)* %1509
	%1511 = icmp sgt i32 %1456, 3
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1507, %1512
	%1514 = add i32 %1508, %1510
	%1515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%1516 = load i32, i32 addrspace(3)* %1515
	%1517 = icmp sgt i32 %1456, 4
	%1518 = select i1 %1517, i32 %1516, i32 0
	%1519 = add i32 %1513, %1518
	%1520 = add i32 %1514, %1516
	%1521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%1522 = load i32, i32 addrspace(3)* %1521
	%1523 = icmp sgt i32 %1456, 5
	%1524 = select i1 %1523, i32 %1522, i32 0
	%1525 = add i32 %1519, %1524
	%1526 = add i32 %1520, %1522
	%1527 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%1528 = load i32, i32 addrspace(3)* %1527
	%1529 = icmp sgt i32 %1456, 6
	%1530 = select i1 %1529, i32 %1528, i32 0
	%1531 = add i32 %1525, %1530
	%1532 = add i32 %1526, %1528
	%1533 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%1534 = load i32, i32 addrspace(3)* %1533
	%1535 = icmp sgt i32 %1456, 7
	%1536 = select i1 %1535, i32 %1534, i32 0
	%1537 = add i32 %1531, %1536
	%1538 = add i32 %1532, %1534
	%1539 = add i32 %1537, %1476
	%1540 = sub i32 %1539, %1454
	%1541 = sub i32 %1429, %1540
	%1542 = icmp sgt i32 %1541, 0
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = icmp slt i32 %1543, %1454
	%1545 = select i1 %1544, i32 %1543, i32 %1454
	%1546 = add i32 %1451, %1545
	%1547 = and i32 %0, 31
	%1548 = lshr i32 %0, 5
	%1549 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1546, i32 1, i32 0)
	%1550 = icmp uge i32 %1547, 1
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1546, %1551
	%1553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1552, i32 2, i32 0)
	%1554 = icmp uge i32 %1547, 2
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1552, %1555
	%1557 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1556, i32 4, i32 0)
	%1558 = icmp uge i32 %1547, 4
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1556, %1559
	%1561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1560, i32 8, i32 0)
	%1562 = icmp uge i32 %1547, 8
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1560, %1563
	%1565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1564, i32 16, i32 0)
	%1566 = icmp uge i32 %1547, 16
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1564, %1567
	%1569 = icmp eq i32 %1547, 31
	br i1 %1569, label %1570, label %1572

1570:
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %1548
	store i32 %1568, i32 addrspace(3)* %1571
	br label %1572

1572:
	call void @llvm.nvvm.barrier0()
	%1573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%1574 = load i32, i32 addrspace(3)* %1573
	%1575 = icmp sgt i32 %1548, 0
	%1576 = select i1 %1575, i32 %1574, i32 0
	%1577 = add i32 0, %1576
	%1578 = add i32 0, %1574
	%1579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%1580 = load i32, i32 addrspace(3)* %1579
	%1581 = icmp sgt i32 %1548, 1
	%1582 = select i1 %1581, i32 %1580, i32 0
	%1583 = add i32 %1577, %1582
	%1584 = add i32 %1578, %1580
	%1585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%1586 = load i32, i32 addrspace(3)* %1585
	%1587 = icmp sgt i32 %1548, 2
	%1588 = select i1 %1587, i32 %1586, i32 0
	%1589 = add i32 %1583, %1588
	%1590 = add i32 %1584, %1586
	%1591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%1592 = load i32, i32 addrspace(3)* %1591
	%1593 = icmp sgt i32 %1548, 3
	%1594 = select i1 %1593, i32 %1592, i32 0
	%1595 = add i32 %1589, %1594
	%1596 = add i32 %1590, %1592
	%1597 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = icmp sgt i32 %1548, 4
	%1600 = select i1 %1599, i32 %1598, i32 0
	%1601 = add i32 %1595, %1600
	%1602 = add i32 %1596, %1598
	%1603 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%1604 = load i32, i32 addrspace(3)* %1603
	%1605 = icmp sgt i32 %1548, 5
	%1606 = select i1 %1605, i32 %1604, i32 0
	%1607 = add i32 %1601, %1606
	%1608 = add i32 %1602, %1604
	%1609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%1610 = load i32, i32 addrspace(3)* %1609
	%1611 = icmp sgt i32 %1548, 6
	%1612 = select i1 %1611, i32 %1610, i32 0
	%1613 = add i32 %1607, %1612
	%1614 = add i32 %1608, %1610
	%1615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = icmp sgt i32 %1548, 7
	%1618 = select i1 %1617, i32 %1616, i32 0
	%1619 = add i32 %1613, %1618
	%1620 = add i32 %1614, %1616
	%1621 = add i32 %1619, %1568
	%1622 = sub i32 %1621, %1546
	br i1 %1447, label %1623, label %1626

1623:
	%1624 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %0
	store i32 %1622, i32 addrspace(3)* %1624
	%1625 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %0
	store i32 %1540, i32 addrspace(3)* %1625
	br label %1626

1626:
	call void @llvm.nvvm.barrier0()
	br label %1627

1627:
	%1628 = phi i32 [ 0, %1626 ], [ %1660, %1659 ]
	%1629 = icmp slt i32 %1628, %16
	br i1 %1629, label %1630, label %1655

1630:
	%1631 = add i32 %1628, %0
	%1632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1631
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = icmp ugt i32 %1633, %1427
	%1635 = icmp eq i32 %1633, %1427
	%1636 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1634)
	%1637 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1635)
	%1638 = sdiv i32 %1628, 256
	%1639 = mul i32 %1638, 8
	%1640 = add i32 %1639, %4
	%1641 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpt, i32 0, i32 %1640
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = and i32 %1637, %1431
	%1644 = call i32 @llvm.ctpop.i32(i32 %1643)
	%1645 = add i32 %1642, %1644
	%1646 = icmp slt i32 %1645, %1429
	%1647 = and i1 %1635, %1646
	%1648 = or i1 %1634, %1647
	%1649 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1648)
	%1650 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @pbs_select2_cmpg, i32 0, i32 %1640
	%1651 = load i32, i32 addrspace(3)* %1650
	%1652 = and i32 %1649, %1431
	%1653 = call i32 @llvm.ctpop.i32(i32 %1652)
	%1654 = add i32 %1651, %1653
	br i1 %1648, label %1656, label %1659

1655:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1656:
	%1657 = add i32 %1628, %0
	%1658 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1654
	store i32 %1657, i32 addrspace(3)* %1658
	br label %1659

1659:
	%1660 = add i32 %1628, 256
	br label %1627

1661:
	%1662 = phi i32 [ %809, %mass_taken ], [ %1666, %1664 ]
	%1663 = icmp slt i32 %1662, %808
	br i1 %1663, label %1664, label %1667

1664:
	%1665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1662
	store i32 -1, i32 addrspace(3)* %1665
	%1666 = add i32 %1662, 256
	br label %1661

1667:
	call void @llvm.nvvm.barrier0()
	%1668 = add i32 %807, 1
	br label %1669

1669:
	%1670 = phi i32 [ 1, %1667 ], [ %1686, %1685 ]
	%1671 = icmp slt i32 %1670, %1668
	br i1 %1671, label %1672, label %1674

1672:
	%1673 = shl i32 1, %1670
	br label %1675

1674:
	br label %1727

1675:
	%1676 = phi i32 [ 0, %1672 ], [ %1721, %1720 ]
	%1677 = icmp slt i32 %1676, %1670
	br i1 %1677, label %1678, label %1685

1678:
	%1679 = sub i32 %1670, 1
	%1680 = sub i32 %1679, %1676
	%1681 = shl i32 1, %1680
	%1682 = sub i32 %1670, 1
	%1683 = sub i32 %1682, %1676
	%1684 = lshr i32 %808, 1
	br label %1687

1685:
	%1686 = add i32 %1670, 1
	br label %1669

1687:
	%1688 = phi i32 [ %0, %1678 ], [ %1726, %1725 ]
	%1689 = icmp slt i32 %1688, %1684
	br i1 %1689, label %1690, label %1720

1690:
	%1691 = lshr i32 %1688, %1683
	%1692 = add i32 %1683, 1
	%1693 = shl i32 %1691, %1692
	%1694 = sub i32 %1681, 1
	%1695 = and i32 %1688, %1694
	%1696 = or i32 %1693, %1695
	%1697 = or i32 %1696, %1681
	%1698 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1696
	%1699 = load i32, i32 addrspace(3)* %1698
	%1700 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1697
	%1701 = load i32, i32 addrspace(3)* %1700
	%1702 = and i32 %1696, %1673
	%1703 = icmp eq i32 %1702, 0
	%1704 = icmp sge i32 %1701, 0
	%1705 = select i1 %1704, i32 %1701, i32 0
	%1706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1705
	%1707 = load i32, i32 addrspace(3)* %1706
	%1708 = select i1 %1704, i32 %1707, i32 0
	%1709 = icmp sge i32 %1699, 0
	%1710 = select i1 %1709, i32 %1699, i32 0
	%1711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1710
	%1712 = load i32, i32 addrspace(3)* %1711
	%1713 = select i1 %1709, i32 %1712, i32 0
	%1714 = icmp ugt i32 %1708, %1713
	%1715 = icmp eq i32 %1708, %1713
	%1716 = icmp slt i32 %1701, %1699
	%1717 = and i1 %1715, %1716
	%1718 = or i1 %1714, %1717
	%1719 = icmp eq i1 %1718, %1703
	br i1 %1719, label %1722, label %1725

1720:
	call void @llvm.nvvm.barrier0()
	%1721 = add i32 %1676, 1
	br label %1675

1722:
	%1723 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1696
	store i32 %1701, i32 addrspace(3)* %1723
	%1724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1697
	store i32 %1699, i32 addrspace(3)* %1724
	br label %1725

1725:
	%1726 = add i32 %1688, 256
	br label %1687

1727:
	%1728 = phi i32 [ %0, %1674 ], [ %1741, %1730 ]
	%1729 = icmp slt i32 %1728, %793
	br i1 %1729, label %1730, label %1742

1730:
	%1731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1728
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = add i32 %253, %1728
	%1734 = add i32 %13, %1733
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr i32, i32* %list, i64 %1735
	store i32 %1732, i32* %1736
	%1737 = add i32 %13, %NK
	%1738 = add i32 %1737, %1733
	%1739 = sext i32 %1738 to i64
	%1740 = getelementptr i32, i32* %list, i64 %1739
	store i32 0, i32* %1740
	%1741 = add i32 %1728, 256
	br label %1727

1742:
	call void @llvm.nvvm.barrier0()
	%1743 = icmp eq i32 %4, 0
	br i1 %1743, label %1744, label %1747

1744:
	%1745 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%1746 = load double, double addrspace(3)* %1745
	br label %1760

1747:
	call void @llvm.nvvm.barrier0()
	%1748 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	%1749 = load i32, i32 addrspace(3)* %1748
	%1750 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = icmp ne i32 %1751, 0
	%1753 = icmp sge i32 %793, %254
	%1754 = or i1 %1752, %1753
	%1755 = mul i32 %793, 4
	%1756 = icmp sgt i32 %1755, 64
	%1757 = select i1 %1756, i32 %1755, i32 64
	%1758 = icmp slt i32 %1757, %254
	%1759 = select i1 %1758, i32 %1757, i32 %254
	br i1 %1754, label %mass_done, label %mass

1760:
	%1761 = phi i32 [ 0, %1744 ], [ %2225, %2222 ]
	%1762 = phi double [ %1746, %1744 ], [ %2223, %2222 ]
	%1763 = phi i32 [ 0, %1744 ], [ %2224, %2222 ]
	%1764 = icmp slt i32 %1761, %793
	br i1 %1764, label %1765, label %1768

1765:
	%1766 = add i32 %1761, %3
	%1767 = icmp slt i32 %1766, %793
	br i1 %1767, label %1770, label %1777

1768:
	%1769 = icmp eq i32 %3, 0
	br i1 %1769, label %2226, label %2231

1770:
	%1771 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1766
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1772
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = sub i32 %1774, 2
	%1776 = bitcast i32 %1775 to float
	br label %1777

1777:
	%1778 = phi float [ 0.0, %1765 ], [ %1776, %1770 ]
	%1779 = fpext float %1778 to double
	%1780 = fcmp one float %1778, 0.0
	%1781 = call float @llvm.fabs.f32(float %1778)
	%1782 = fcmp olt float %1781, 0x3E20000000000000
	%1783 = and i1 %1780, %1782
	%1784 = fmul double %1762, 4.503599627370496e+15
	%1785 = call double @llvm.trunc.f64(double %1784)
	%1786 = fcmp oeq double %1784, %1785
	%1787 = bitcast double %1779 to i64
	%1788 = trunc i64 %1787 to i32
	%1789 = lshr i64 %1787, 32
	%1790 = trunc i64 %1789 to i32
	%1791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1788, i32 1, i32 0)
	%1792 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1790, i32 1, i32 0)
	%1793 = zext i32 %1791 to i64
	%1794 = zext i32 %1792 to i64
	%1795 = shl i64 %1794, 32
	%1796 = or i64 %1793, %1795
	%1797 = bitcast i64 %1796 to double
	%1798 = icmp uge i32 %3, 1
	%1799 = fadd double %1779, %1797
	%1800 = select i1 %1798, double %1799, double %1779
	%1801 = bitcast double %1800 to i64
	%1802 = trunc i64 %1801 to i32
	%1803 = lshr i64 %1801, 32
	%1804 = trunc i64 %1803 to i32
	%1805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1802, i32 2, i32 0)
	%1806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1804, i32 2, i32 0)
	%1807 = zext i32 %1805 to i64
	%1808 = zext i32 %1806 to i64
	%1809 = shl i64 %1808, 32
	%1810 = or i64 %1807, %1809
	%1811 = bitcast i64 %1810 to double
	%1812 = icmp uge i32 %3, 2
	%1813 = fadd double %1800, %1811
	%1814 = select i1 %1812, double %1813, double %1800
	%1815 = bitcast double %1814 to i64
	%1816 = trunc i64 %1815 to i32
	%1817 = lshr i64 %1815, 32
	%1818 = trunc i64 %1817 to i32
	%1819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1816, i32 4, i32 0)
	%1820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1818, i32 4, i32 0)
	%1821 = zext i32 %1819 to i64
	%1822 = zext i32 %1820 to i64
	%1823 = shl i64 %1822, 32
	%1824 = or i64 %1821, %1823
	%1825 = bitcast i64 %1824 to double
	%1826 = icmp uge i32 %3, 4
	%1827 = fadd double %1814, %1825
	%1828 = select i1 %1826, double %1827, double %1814
	%1829 = bitcast double %1828 to i64
	%1830 = trunc i64 %1829 to i32
	%1831 = lshr i64 %1829, 32
	%1832 = trunc i64 %1831 to i32
	%1833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1830, i32 8, i32 0)
	%1834 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1832, i32 8, i32 0)
	%1835 = zext i32 %1833 to i64
	%1836 = zext i32 %1834 to i64
	%1837 = shl i64 %1836, 32
	%1838 = or i64 %1835, %1837
	%1839 = bitcast i64 %1838 to double
	%1840 = icmp uge i32 %3, 8
	%1841 = fadd double %1828, %1839
	%1842 = select i1 %1840, double %1841, double %1828
	%1843 = bitcast double %1842 to i64
	%1844 = trunc i64 %1843 to i32
	%1845 = lshr i64 %1843, 32
	%1846 = trunc i64 %1845 to i32
	%1847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1844, i32 16, i32 0)
	%1848 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1846, i32 16, i32 0)
	%1849 = zext i32 %1847 to i64
	%1850 = zext i32 %1848 to i64
	%1851 = shl i64 %1850, 32
	%1852 = or i64 %1849, %1851
	%1853 = bitcast i64 %1852 to double
	%1854 = icmp uge i32 %3, 16
	%1855 = fadd double %1842, %1853
	%1856 = select i1 %1854, double %1855, double %1842
	%1857 = bitcast double %1856 to i64
	%1858 = trunc i64 %1857 to i32
	%1859 = lshr i64 %1857, 32
	%1860 = trunc i64 %1859 to i32
	%1861 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1858, i32 31, i32 31)
	%1862 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1860, i32 31, i32 31)
	%1863 = zext i32 %1861 to i64
	%1864 = zext i32 %1862 to i64
	%1865 = shl i64 %1864, 32
	%1866 = or i64 %1863, %1865
	%1867 = bitcast i64 %1866 to double
	%1868 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1783)
	%1869 = xor i1 %1868, true
	%1870 = and i1 %1786, %1869
	%1871 = fadd double %1762, %1867
	%1872 = fcmp olt double %1871, 1.5
	%1873 = and i1 %1870, %1872
	%1874 = fcmp oge double %1762, 0x3FECCCCCCCCCCCCD
	%1875 = or i1 %1873, %1874
	br i1 %1875, label %1876, label %1901

1876:
	%1877 = fsub double %1856, %1779
	%1878 = fadd double %1762, %1877
	%1879 = fcmp olt double %1878, 0x3FECCCCCCCCCCCCD
	%1880 = and i1 %1767, %1879
	%1881 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1880)
	%1882 = call i32 @llvm.ctpop.i32(i32 %1881)
	%1883 = sub i32 %1882, 1
	%1884 = icmp sgt i32 %1883, 0
	%1885 = select i1 %1884, i32 %1883, i32 0
	%1886 = bitcast double %1856 to i64
	%1887 = trunc i64 %1886 to i32
	%1888 = lshr i64 %1886, 32
	%1889 = trunc i64 %1888 to i32
	%1890 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1887, i32 %1885, i32 31)
	%1891 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1889, i32 %1885, i32 31)
	%1892 = zext i32 %1890 to i64
	%1893 = zext i32 %1891 to i64
	%1894 = shl i64 %1893, 32
	%1895 = or i64 %1892, %1894
	%1896 = bitcast i64 %1895 to double
	%1897 = icmp sgt i32 %1882, 0
	%1898 = fadd double %1762, %1896
	%1899 = select i1 %1897, double %1898, double %1762
	%1900 = add i32 %1763, %1882
	br label %2222

1901:
	%1902 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 0, i32 31)
	%1903 = fcmp olt double %1762, 0x3FECCCCCCCCCCCCD
	%1904 = add i32 %1761, 0
	%1905 = icmp slt i32 %1904, %793
	%1906 = and i1 %1903, %1905
	%1907 = fpext float %1902 to double
	%1908 = fadd double %1762, %1907
	%1909 = select i1 %1906, double %1908, double %1762
	%1910 = add i32 %1763, 1
	%1911 = select i1 %1906, i32 %1910, i32 %1763
	%1912 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 1, i32 31)
	%1913 = fcmp olt double %1909, 0x3FECCCCCCCCCCCCD
	%1914 = add i32 %1761, 1
	%1915 = icmp slt i32 %1914, %793
	%1916 = and i1 %1913, %1915
	%1917 = fpext float %1912 to double
	%1918 = fadd double %1909, %1917
	%1919 = select i1 %1916, double %1918, double %1909
	%1920 = add i32 %1911, 1
	%1921 = select i1 %1916, i32 %1920, i32 %1911
	%1922 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 2, i32 31)
	%1923 = fcmp olt double %1919, 0x3FECCCCCCCCCCCCD
	%1924 = add i32 %1761, 2
	%1925 = icmp slt i32 %1924, %793
	%1926 = and i1 %1923, %1925
	%1927 = fpext float %1922 to double
	%1928 = fadd double %1919, %1927
	%1929 = select i1 %1926, double %1928, double %1919
	%1930 = add i32 %1921, 1
	%1931 = select i1 %1926, i32 %1930, i32 %1921
	%1932 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 3, i32 31)
	%1933 = fcmp olt double %1929, 0x3FECCCCCCCCCCCCD
	%1934 = add i32 %1761, 3
	%1935 = icmp slt i32 %1934, %793
	%1936 = and i1 %1933, %1935
	%1937 = fpext float %1932 to double
	%1938 = fadd double %1929, %1937
	%1939 = select i1 %1936, double %1938, double %1929
	%1940 = add i32 %1931, 1
	%1941 = select i1 %1936, i32 %1940, i32 %1931
	%1942 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 4, i32 31)
	%1943 = fcmp olt double %1939, 0x3FECCCCCCCCCCCCD
	%1944 = add i32 %1761, 4
	%1945 = icmp slt i32 %1944, %793
	%1946 = and i1 %1943, %1945
	%1947 = fpext float %1942 to double
	%1948 = fadd double %1939, %1947
	%1949 = select i1 %1946, double %1948, double %1939
	%1950 = add i32 %1941, 1
	%1951 = select i1 %1946, i32 %1950, i32 %1941
	%1952 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 5, i32 31)
	%1953 = fcmp olt double %1949, 0x3FECCCCCCCCCCCCD
	%1954 = add i32 %1761, 5
	%1955 = icmp slt i32 %1954, %793
	%1956 = and i1 %1953, %1955
	%1957 = fpext float %1952 to double
	%1958 = fadd double %1949, %1957
	%1959 = select i1 %1956, double %1958, double %1949
	%1960 = add i32 %1951, 1
	%1961 = select i1 %1956, i32 %1960, i32 %1951
	%1962 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 6, i32 31)
	%1963 = fcmp olt double %1959, 0x3FECCCCCCCCCCCCD
	%1964 = add i32 %1761, 6
	%1965 = icmp slt i32 %1964, %793
	%1966 = and i1 %1963, %1965
	%1967 = fpext float %1962 to double
	%1968 = fadd double %1959, %1967
	%1969 = select i1 %1966, double %1968, double %1959
	%1970 = add i32 %1961, 1
	%1971 = select i1 %1966, i32 %1970, i32 %1961
	%1972 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 7, i32 31)
	%1973 = fcmp olt double %1969, 0x3FECCCCCCCCCCCCD
	%1974 = add i32 %1761, 7
	%1975 = icmp slt i32 %1974, %793
	%1976 = and i1 %1973, %1975
	%1977 = fpext float %1972 to double
	%1978 = fadd double %1969, %1977
	%1979 = select i1 %1976, double %1978, double %1969
	%1980 = add i32 %1971, 1
	%1981 = select i1 %1976, i32 %1980, i32 %1971
	%1982 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 8, i32 31)
	%1983 = fcmp olt double %1979, 0x3FECCCCCCCCCCCCD
	%1984 = add i32 %1761, 8
	%1985 = icmp slt i32 %1984, %793
	%1986 = and i1 %1983, %1985
	%1987 = fpext float %1982 to double
	%1988 = fadd double %1979, %1987
	%1989 = select i1 %1986, double %1988, double %1979
	%1990 = add i32 %1981, 1
	%1991 = select i1 %1986, i32 %1990, i32 %1981
	%1992 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 9, i32 31)
	%1993 = fcmp olt double %1989, 0x3FECCCCCCCCCCCCD
	%1994 = add i32 %1761, 9
	%1995 = icmp slt i32 %1994, %793
	%1996 = and i1 %1993, %1995
	%1997 = fpext float %1992 to double
	%1998 = fadd double %1989, %1997
	%1999 = select i1 %1996, double %1998, double %1989
	%2000 = add i32 %1991, 1
	%2001 = select i1 %1996, i32 %2000, i32 %1991
	%2002 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 10, i32 31)
	%2003 = fcmp olt double %1999, 0x3FECCCCCCCCCCCCD
	%2004 = add i32 %1761, 10
	%2005 = icmp slt i32 %2004, %793
	%2006 = and i1 %2003, %2005
	%2007 = fpext float %2002 to double
	%2008 = fadd double %1999, %2007
	%2009 = select i1 %2006, double %2008, double %1999
	%2010 = add i32 %2001, 1
	%2011 = select i1 %2006, i32 %2010, i32 %2001
	%2012 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 11, i32 31)
	%2013 = fcmp olt double %2009, 0x3FECCCCCCCCCCCCD
	%2014 = add i32 %1761, 11
	%2015 = icmp slt i32 %2014, %793
	%2016 = and i1 %2013, %2015
	%2017 = fpext float %2012 to double
	%2018 = fadd double %2009, %2017
	%2019 = select i1 %2016, double %2018, double %2009
	%2020 = add i32 %2011, 1
	%2021 = select i1 %2016, i32 %2020, i32 %2011
	%2022 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 12, i32 31)
	%2023 = fcmp olt double %2019, 0x3FECCCCCCCCCCCCD
	%2024 = add i32 %1761, 12
	%2025 = icmp slt i32 %2024, %793
	%2026 = and i1 %2023, %2025
	%2027 = fpext float %2022 to double
	%2028 = fadd double %2019, %2027
	%2029 = select i1 %2026, double %2028, double %2019
	%2030 = add i32 %2021, 1
	%2031 = select i1 %2026, i32 %2030, i32 %2021
	%2032 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 13, i32 31)
	%2033 = fcmp olt double %2029, 0x3FECCCCCCCCCCCCD
	%2034 = add i32 %1761, 13
	%2035 = icmp slt i32 %2034, %793
	%2036 = and i1 %2033, %2035
	%2037 = fpext float %2032 to double
	%2038 = fadd double %2029, %2037
	%2039 = select i1 %2036, double %2038, double %2029
	%2040 = add i32 %2031, 1
	%2041 = select i1 %2036, i32 %2040, i32 %2031
	%2042 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 14, i32 31)
	%2043 = fcmp olt double %2039, 0x3FECCCCCCCCCCCCD
	%2044 = add i32 %1761, 14
	%2045 = icmp slt i32 %2044, %793
	%2046 = and i1 %2043, %2045
	%2047 = fpext float %2042 to double
	%2048 = fadd double %2039, %2047
	%2049 = select i1 %2046, double %2048, double %2039
	%2050 = add i32 %2041, 1
	%2051 = select i1 %2046, i32 %2050, i32 %2041
	%2052 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 15, i32 31)
	%2053 = fcmp olt double %2049, 0x3FECCCCCCCCCCCCD
	%2054 = add i32 %1761, 15
	%2055 = icmp slt i32 %2054, %793
	%2056 = and i1 %2053, %2055
	%2057 = fpext float %2052 to double
	%2058 = fadd double %2049, %2057
	%2059 = select i1 %2056, double %2058, double %2049
	%2060 = add i32 %2051, 1
	%2061 = select i1 %2056, i32 %2060, i32 %2051
	%2062 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 16, i32 31)
	%2063 = fcmp olt double %2059, 0x3FECCCCCCCCCCCCD
	%2064 = add i32 %1761, 16
	%2065 = icmp slt i32 %2064, %793
	%2066 = and i1 %2063, %2065
	%2067 = fpext float %2062 to double
	%2068 = fadd double %2059, %2067
	%2069 = select i1 %2066, double %2068, double %2059
	%2070 = add i32 %2061, 1
	%2071 = select i1 %2066, i32 %2070, i32 %2061
	%2072 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 17, i32 31)
	%2073 = fcmp olt double %2069, 0x3FECCCCCCCCCCCCD
	%2074 = add i32 %1761, 17
	%2075 = icmp slt i32 %2074, %793
	%2076 = and i1 %2073, %2075
	%2077 = fpext float %2072 to double
	%2078 = fadd double %2069, %2077
	%2079 = select i1 %2076, double %2078, double %2069
	%2080 = add i32 %2071, 1
	%2081 = select i1 %2076, i32 %2080, i32 %2071
	%2082 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 18, i32 31)
	%2083 = fcmp olt double %2079, 0x3FECCCCCCCCCCCCD
	%2084 = add i32 %1761, 18
	%2085 = icmp slt i32 %2084, %793
	%2086 = and i1 %2083, %2085
	%2087 = fpext float %2082 to double
	%2088 = fadd double %2079, %2087
	%2089 = select i1 %2086, double %2088, double %2079
	%2090 = add i32 %2081, 1
	%2091 = select i1 %2086, i32 %2090, i32 %2081
	%2092 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 19, i32 31)
	%2093 = fcmp olt double %2089, 0x3FECCCCCCCCCCCCD
	%2094 = add i32 %1761, 19
	%2095 = icmp slt i32 %2094, %793
	%2096 = and i1 %2093, %2095
	%2097 = fpext float %2092 to double
	%2098 = fadd double %2089, %2097
	%2099 = select i1 %2096, double %2098, double %2089
	%2100 = add i32 %2091, 1
	%2101 = select i1 %2096, i32 %2100, i32 %2091
	%2102 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 20, i32 31)
	%2103 = fcmp olt double %2099, 0x3FECCCCCCCCCCCCD
	%2104 = add i32 %1761, 20
	%2105 = icmp slt i32 %2104, %793
	%2106 = and i1 %2103, %2105
	%2107 = fpext float %2102 to double
	%2108 = fadd double %2099, %2107
	%2109 = select i1 %2106, double %2108, double %2099
	%2110 = add i32 %2101, 1
	%2111 = select i1 %2106, i32 %2110, i32 %2101
	%2112 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 21, i32 31)
	%2113 = fcmp olt double %2109, 0x3FECCCCCCCCCCCCD
	%2114 = add i32 %1761, 21
	%2115 = icmp slt i32 %2114, %793
	%2116 = and i1 %2113, %2115
	%2117 = fpext float %2112 to double
	%2118 = fadd double %2109, %2117
	%2119 = select i1 %2116, double %2118, double %2109
	%2120 = add i32 %2111, 1
	%2121 = select i1 %2116, i32 %2120, i32 %2111
	%2122 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 22, i32 31)
	%2123 = fcmp olt double %2119, 0x3FECCCCCCCCCCCCD
	%2124 = add i32 %1761, 22
	%2125 = icmp slt i32 %2124, %793
	%2126 = and i1 %2123, %2125
	%2127 = fpext float %2122 to double
	%2128 = fadd double %2119, %2127
	%2129 = select i1 %2126, double %2128, double %2119
	%2130 = add i32 %2121, 1
	%2131 = select i1 %2126, i32 %2130, i32 %2121
	%2132 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 23, i32 31)
	%2133 = fcmp olt double %2129, 0x3FECCCCCCCCCCCCD
	%2134 = add i32 %1761, 23
	%2135 = icmp slt i32 %2134, %793
	%2136 = and i1 %2133, %2135
	%2137 = fpext float %2132 to double
	%2138 = fadd double %2129, %2137
	%2139 = select i1 %2136, double %2138, double %2129
	%2140 = add i32 %2131, 1
	%2141 = select i1 %2136, i32 %2140, i32 %2131
	%2142 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 24, i32 31)
	%2143 = fcmp olt double %2139, 0x3FECCCCCCCCCCCCD
	%2144 = add i32 %1761, 24
	%2145 = icmp slt i32 %2144, %793
	%2146 = and i1 %2143, %2145
	%2147 = fpext float %2142 to double
	%2148 = fadd double %2139, %2147
	%2149 = select i1 %2146, double %2148, double %2139
	%2150 = add i32 %2141, 1
	%2151 = select i1 %2146, i32 %2150, i32 %2141
	%2152 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 25, i32 31)
	%2153 = fcmp olt double %2149, 0x3FECCCCCCCCCCCCD
	%2154 = add i32 %1761, 25
	%2155 = icmp slt i32 %2154, %793
	%2156 = and i1 %2153, %2155
	%2157 = fpext float %2152 to double
	%2158 = fadd double %2149, %2157
	%2159 = select i1 %2156, double %2158, double %2149
	%2160 = add i32 %2151, 1
	%2161 = select i1 %2156, i32 %2160, i32 %2151
	%2162 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 26, i32 31)
	%2163 = fcmp olt double %2159, 0x3FECCCCCCCCCCCCD
	%2164 = add i32 %1761, 26
	%2165 = icmp slt i32 %2164, %793
	%2166 = and i1 %2163, %2165
	%2167 = fpext float %2162 to double
	%2168 = fadd double %2159, %2167
	%2169 = select i1 %2166, double %2168, double %2159
	%2170 = add i32 %2161, 1
	%2171 = select i1 %2166, i32 %2170, i32 %2161
	%2172 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 27, i32 31)
	%2173 = fcmp olt double %2169, 0x3FECCCCCCCCCCCCD
	%2174 = add i32 %1761, 27
	%2175 = icmp slt i32 %2174, %793
	%2176 = and i1 %2173, %2175
	%2177 = fpext float %2172 to double
	%2178 = fadd double %2169, %2177
	%2179 = select i1 %2176, double %2178, double %2169
	%2180 = add i32 %2171, 1
	%2181 = select i1 %2176, i32 %2180, i32 %2171
	%2182 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 28, i32 31)
	%2183 = fcmp olt double %2179, 0x3FECCCCCCCCCCCCD
	%2184 = add i32 %1761, 28
	%2185 = icmp slt i32 %2184, %793
	%2186 = and i1 %2183, %2185
	%2187 = fpext float %2182 to double
	%2188 = fadd double %2179, %2187
	%2189 = select i1 %2186, double %2188, double %2179
	%2190 = add i32 %2181, 1
	%2191 = select i1 %2186, i32 %2190, i32 %2181
	%2192 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 29, i32 31)
	%2193 = fcmp olt double %2189, 0x3FECCCCCCCCCCCCD
	%2194 = add i32 %1761, 29
	%2195 = icmp slt i32 %2194, %793
	%2196 = and i1 %2193, %2195
	%2197 = fpext float %2192 to double
	%2198 = fadd double %2189, %2197
	%2199 = select i1 %2196, double %2198, double %2189
	%2200 = add i32 %2191, 1
	%2201 = select i1 %2196, i32 %2200, i32 %2191
	%2202 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 30, i32 31)
	%2203 = fcmp olt double %2199, 0x3FECCCCCCCCCCCCD
	%2204 = add i32 %1761, 30
	%2205 = icmp slt i32 %2204, %793
	%2206 = and i1 %2203, %2205
	%2207 = fpext float %2202 to double
	%2208 = fadd double %2199, %2207
	%2209 = select i1 %2206, double %2208, double %2199
	%2210 = add i32 %2201, 1
	%2211 = select i1 %2206, i32 %2210, i32 %2201
	%2212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 31, i32 31)
	%2213 = fcmp olt double %2209, 0x3FECCCCCCCCCCCCD
	%2214 = add i32 %1761, 31
	%2215 = icmp slt i32 %2214, %793
	%2216 = and i1 %2213, %2215
	%2217 = fpext float %2212 to double
	%2218 = fadd double %2209, %2217
	%2219 = select i1 %2216, double %2218, double %2209
	%2220 = add i32 %2211, 1
	%2221 = select i1 %2216, i32 %2220, i32 %2211
	br label %2222

2222:
	%2223 = phi double [ %1899, %1876 ], [ %2219, %1901 ]
	%2224 = phi i32 [ %1900, %1876 ], [ %2221, %1901 ]
	%2225 = add i32 %1761, 32
	br label %1760

2226:
	%2227 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	store i32 %1763, i32 addrspace(3)* %2227
	%2228 = fcmp oge double %1762, 0x3FECCCCCCCCCCCCD
	%2229 = zext i1 %2228 to i32
	%2230 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	store i32 %2229, i32 addrspace(3)* %2230
	br label %2231

2231:
	br label %1747

2232:
	%2233 = phi i32 [ %799, %mass_done ], [ %2243, %2235 ]
	%2234 = icmp slt i32 %2233, %NK
	br i1 %2234, label %2235, label %2244

2235:
	%2236 = add i32 %13, %2233
	%2237 = sext i32 %2236 to i64
	%2238 = getelementptr i32, i32* %list, i64 %2237
	store i32 -1, i32* %2238
	%2239 = add i32 %13, %NK
	%2240 = add i32 %2239, %2233
	%2241 = sext i32 %2240 to i64
	%2242 = getelementptr i32, i32* %list, i64 %2241
	store i32 -1, i32* %2242
	%2243 = add i32 %2233, 256
	br label %2232

2244:
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
